import { useState, type FormEvent } from "react";
import { useQuery } from "urql";
import { ChoiceGroup } from "../../components/ChoiceGroup";
import { SelectField } from "../../components/SelectField";
import { useDepartments } from "../../graphql/departments";
import { InitiativeFilterChoicesDocument } from "../../graphql/generated/graphql";
import { choices } from "../../words/contract";
import { MULTI_FILTERS, chosenDepartments, chosenValues, filterCount, type MultiFilterName } from "./url-filters";

/** The filter form: every change goes straight into the URL, which the list reads. */
export function InitiativeFilters({ params, change, clear }: { params: URLSearchParams; change: (name: string, values: string[]) => void; clear: () => void }) {
  const [areas] = useQuery({ query: InitiativeFilterChoicesDocument });
  const [search, setSearch] = useState(params.get("q") ?? "");
  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    change("q", [search.trim()]);
  };
  const neighborhoods = areas.data?.neighborhoods.map((n): [string, string] => [n.id, n.name]) ?? [];
  const districts = areas.data?.planningDistricts.map((d): [string, string] => [d.id, d.name]) ?? [];
  const partners = areas.data?.partners.map((p): [string, string] => [p.slug, p.name]) ?? [];
  // The departments the hub follows, by their registered names: one joining needs no console change.
  const departments = useDepartments().choices;
  return (
    <section aria-labelledby="filters-heading" className="no-print">
      <h2 id="filters-heading" className="visually-hidden">
        Filters
      </h2>
      <form role="search" className="toolbar" onSubmit={submitSearch}>
        <label className="field">
          <span>Words in the title or summary</span>
          <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </label>
        <button type="submit">Search</button>
        {filterCount(params) > 0 && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setSearch("");
              clear();
            }}
          >
            Clear all filters
          </button>
        )}
      </form>
      <div className="filters">
        <ChoiceGroup legend="Department" options={departments} chosen={chosenDepartments(params)} onChange={(values) => change("department", values)} />
        {(Object.keys(MULTI_FILTERS) as MultiFilterName[]).map((name) => (
          <ChoiceGroup
            key={name}
            legend={MULTI_FILTERS[name].legend}
            options={choices<string>(MULTI_FILTERS[name].words)}
            chosen={chosenValues(params, name)}
            onChange={(values) => change(name, values)}
          />
        ))}
        <SelectField label="Neighborhood" value={params.get("neighborhood") ?? ""} options={neighborhoods} onChange={(v) => change("neighborhood", [v])} />
        <SelectField label="Planning district" value={params.get("district") ?? ""} options={districts} onChange={(v) => change("district", [v])} />
        <SelectField label="Partner" value={params.get("partner") ?? ""} options={partners} onChange={(v) => change("partner", [v])} />
        <label className="field">
          <span>Running on</span>
          <input type="date" value={params.get("active") ?? ""} onChange={(event) => change("active", [event.target.value])} />
        </label>
      </div>
    </section>
  );
}
