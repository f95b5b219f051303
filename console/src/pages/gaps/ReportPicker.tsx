import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router-dom";
import { useQuery } from "urql";
import { SelectField } from "../../components/SelectField";
import { AreaChoicesDocument } from "../../graphql/generated/graphql";

/** Opens the printable one-page report of a neighborhood or a planning district. */
export function ReportPicker() {
  const [areas] = useQuery({ query: AreaChoicesDocument });
  const navigate = useNavigate();
  const [area, setArea] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (area) navigate(`/reports/${area}`);
  };
  const districts = areas.data?.planningDistricts.map((d): [string, string] => [`district/${encodeURIComponent(d.id)}`, `${d.name} (planning district)`]) ?? [];
  const neighborhoods = areas.data?.neighborhoods.map((n): [string, string] => [`neighborhood/${encodeURIComponent(n.id)}`, n.name]) ?? [];
  return (
    <section aria-labelledby="report-heading" className="no-print">
      <h2 id="report-heading">One-page report</h2>
      <p>A printable page for a meeting: the area's map, counts, active initiatives and gaps.</p>
      <form className="toolbar" onSubmit={submit}>
        <SelectField label="Area" value={area} anyLabel="Choose an area" options={[...districts, ...neighborhoods]} onChange={setArea} />
        <button type="submit" disabled={!area}>
          Open the report
        </button>
      </form>
    </section>
  );
}
