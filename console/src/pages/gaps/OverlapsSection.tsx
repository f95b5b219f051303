import { Link, useSearchParams } from "react-router-dom";
import { useQuery } from "urql";
import { DataTable } from "../../components/DataTable";
import { Loading, Problem } from "../../components/QueryState";
import { SelectField } from "../../components/SelectField";
import { AreaChoicesDocument, OverlapsDocument, type Audience } from "../../graphql/generated/graphql";
import { useDemoData } from "../../layout/demo-data";
import { AUDIENCES, choices } from "../../words/contract";
import { formatDate } from "../../words/numbers";

const isDate = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

/**
 * Initiatives of different departments in the same neighborhood, for the same people, at the same
 * time: leads for working together rather than duplicates to cut.
 */
export function OverlapsSection() {
  const [params, setParams] = useSearchParams();
  const audience = params.get("overlapAudience");
  const neighborhood = params.get("overlapNeighborhood") ?? "";
  const from = params.get("from");
  const to = params.get("to");
  const [areas] = useQuery({ query: AreaChoicesDocument });
  const [result] = useQuery({
    query: OverlapsDocument,
    variables: {
      audience: audience && audience in AUDIENCES ? (audience as Audience) : null,
      neighborhoodId: neighborhood || null,
      from: isDate(from) ? from : null,
      to: isDate(to) ? to : null,
    },
  });
  const overlaps = result.data?.overlaps ?? [];
  useDemoData(overlaps.some((o) => o.first.isDemo || o.second.isDemo));
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  return (
    <section aria-labelledby="overlaps-heading">
      <h2 id="overlaps-heading">Overlaps: leads for working together</h2>
      <div className="filters no-print">
        <SelectField
          label="Both serve"
          value={audience ?? ""}
          options={choices(AUDIENCES)}
          anyLabel="Any shared audience"
          onChange={(v) => set("overlapAudience", v)}
        />
        <SelectField
          label="Neighborhood"
          value={neighborhood}
          anyLabel="Any neighborhood"
          options={areas.data?.neighborhoods.map((n): [string, string] => [n.id, n.name]) ?? []}
          onChange={(v) => set("overlapNeighborhood", v)}
        />
        <label className="field">
          <span>Running on or after</span>
          <input type="date" value={from ?? ""} onChange={(event) => set("from", event.target.value)} />
        </label>
        <label className="field">
          <span>Starting on or before</span>
          <input type="date" value={to ?? ""} onChange={(event) => set("to", event.target.value)} />
        </label>
      </div>
      {result.fetching && !result.data && <Loading what="the overlaps" />}
      <Problem error={result.error} what="the overlaps" />
      {result.data && (
        <DataTable
          caption={`${overlaps.length === 100 ? "The first 100" : overlaps.length} pairs of initiatives, by neighborhood`}
          rows={overlaps}
          rowKey={(o) => `${o.neighborhood.id}/${o.first.id}/${o.second.id}`}
          empty="No two departments' initiatives meet here."
          columns={[
            { header: "Neighborhood", cell: (o) => o.neighborhood.name },
            { header: "One initiative", cell: (o) => <InitiativeName initiative={o.first} /> },
            { header: "The other", cell: (o) => <InitiativeName initiative={o.second} /> },
            { header: "Both serve", cell: (o) => o.sharedAudiences.map((a) => AUDIENCES[a]).join(", ") },
            { header: "Together", cell: (o) => `${formatDate(o.from)} to ${o.to ? formatDate(o.to) : "open-ended"}` },
          ]}
        />
      )}
    </section>
  );
}

function InitiativeName({ initiative }: { initiative: { id: string; title: string; departmentName: string } }) {
  return (
    <>
      <Link to={`/initiatives/${encodeURIComponent(initiative.id)}`}>{initiative.title}</Link>
      <br />
      <span className="hint">{initiative.departmentName}</span>
    </>
  );
}
