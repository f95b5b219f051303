import { useSearchParams } from "react-router-dom";
import { useQuery } from "urql";
import { DataTable } from "../../components/DataTable";
import { Loading, Problem } from "../../components/QueryState";
import { SelectField } from "../../components/SelectField";
import { SchemaDiffDocument, type SchemaHistoryQuery } from "../../graphql/generated/graphql";
import { formatDateTime } from "../../words/numbers";

const CRITICALITY: Record<string, string> = { BREAKING: "Breaking", DANGEROUS: "Dangerous", NON_BREAKING: "Safe" };

/** What changed in the graph's API between two chosen versions (graphql-inspector, on the hub). */
type Version = NonNullable<SchemaHistoryQuery["schemaHistory"]>["supergraphVersions"][number];

export function SchemaDiffSection({ history }: { history: Version[] }) {
  const versions = history.map((v) => v.version);
  const [params, setParams] = useSearchParams();
  const newest = versions[0];
  const from = Number(params.get("from") ?? versions[1] ?? newest);
  const to = Number(params.get("to") ?? newest);
  const ready = versions.includes(from) && versions.includes(to) && from !== to;
  const [result] = useQuery({ query: SchemaDiffDocument, variables: { from, to }, pause: !ready });
  const changes = result.data?.schemaHistory?.diff ?? [];
  const options = versions.map((v): [string, string] => [String(v), `Version ${v}`]);
  const set = (name: "from" | "to", value: string) => {
    const next = new URLSearchParams(params);
    next.set(name, value);
    setParams(next, { replace: true });
  };
  if (versions.length < 2) return null;
  return (
    <section aria-labelledby="diff-heading">
      <h2 id="diff-heading">What changed between two versions</h2>
      <div className="toolbar no-print">
        <SelectField label="From" value={String(from)} options={options} anyLabel={null} onChange={(v) => set("from", v)} />
        <SelectField label="To" value={String(to)} options={options} anyLabel={null} onChange={(v) => set("to", v)} />
      </div>
      {!ready && <p>Choose two different versions.</p>}
      {ready && result.fetching && !result.data && <Loading what="the changes" />}
      <Problem error={result.error} what="the changes" />
      {ready && result.data && (
        <>
          <ChangeSummary changes={changes} made={history.filter((v) => v.version > Math.min(from, to) && v.version <= Math.max(from, to))} />
          <DataTable
            caption={`Changes to the API from version ${from} to version ${to}`}
            rows={changes}
            rowKey={(c) => `${c.type}/${c.path ?? ""}/${c.message}`}
            empty="The API is the same in both versions."
            columns={[
              { header: "Change", cell: (c) => c.message },
              {
                header: "Effect on clients",
                cell: (c) => (
                  <span className={`badge ${c.criticality === "BREAKING" ? "bad" : c.criticality === "DANGEROUS" ? "warn" : "ok"}`}>
                    {CRITICALITY[c.criticality] ?? c.criticality}
                  </span>
                ),
              },
              { header: "Where", cell: (c) => (c.path ? <code>{c.path}</code> : "—") },
            ]}
          />
        </>
      )}
    </section>
  );
}

/** How many changes of each kind, and who made the versions in between, with their reasons. */
function ChangeSummary({ changes, made }: { changes: { criticality: string }[]; made: Version[] }) {
  const count = (criticality: string) => changes.filter((c) => c.criticality === criticality).length;
  return (
    <>
      <p>
        {changes.length} changes: {count("BREAKING")} breaking, {count("DANGEROUS")} dangerous, {count("NON_BREAKING")} safe for clients.
      </p>
      <ul>
        {made.map((v) => (
          <li key={v.version}>
            Version {v.version}: {v.reason}, by {v.createdBy}, {formatDateTime(v.createdAt)}
          </li>
        ))}
      </ul>
    </>
  );
}
