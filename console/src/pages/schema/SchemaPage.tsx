import { useQuery } from "urql";
import { DataTable } from "../../components/DataTable";
import { Loading, Problem } from "../../components/QueryState";
import { SchemaHistoryDocument } from "../../graphql/generated/graphql";
import { PageHeading } from "../../layout/PageHeading";
import { useSession } from "../../session/session";
import { formatDateTime, formatNumber } from "../../words/numbers";
import { SchemaDiffSection } from "./SchemaDiffSection";

/** For department developers: who published which subgraph when, and how the graph has changed. */
export default function SchemaPage() {
  const { config } = useSession();
  const [result] = useQuery({ query: SchemaHistoryDocument });
  const history = result.data?.schemaHistory;
  return (
    <>
      <PageHeading title="Schema" />
      <p className="lede">
        Each department publishes its own part of the graph (its subgraph) to the hub's schema registry; the registry composes them into one supergraph. Here is
        who published what, and what changed between versions. To ask the graph anything, use the <a href={config.explorerUrl}>GraphQL explorer</a>.
      </p>
      {result.fetching && !result.data && <Loading what="the schema history" />}
      <Problem error={result.error} what="the schema history" />
      {result.data && !history && <p>The hub has no schema registry to read the history from.</p>}
      {history && (
        <>
          <section aria-labelledby="subgraphs-heading">
            <h2 id="subgraphs-heading">Subgraphs in the graph now</h2>
            <DataTable
              caption="Each department's live subgraph"
              rows={history.subgraphs}
              rowKey={(s) => s.name}
              empty="No subgraph has been published to the registry."
              columns={[
                { header: "Subgraph", cell: (s) => s.name },
                { header: "Versions published", cell: (s) => formatNumber(s.versions), numeric: true },
                { header: "Published by", cell: (s) => s.publishedBy },
                { header: "Published", cell: (s) => formatDateTime(s.publishedAt) },
                { header: "Fingerprint", cell: (s) => <code title={s.hash}>{s.hash.slice(0, 12)}</code> },
                { header: "Address", cell: (s) => <code>{s.routingUrl}</code> },
              ]}
            />
          </section>
          <section aria-labelledby="versions-heading">
            <h2 id="versions-heading">Supergraph versions</h2>
            <DataTable
              caption="The composed graph's versions, newest first"
              rows={history.supergraphVersions}
              rowKey={(v) => String(v.version)}
              empty="No supergraph has been composed yet."
              columns={[
                { header: "Version", cell: (v) => v.version, numeric: true },
                { header: "Made", cell: (v) => formatDateTime(v.createdAt) },
                { header: "By", cell: (v) => v.createdBy },
                { header: "Why", cell: (v) => (v.rolledBackTo != null ? `${v.reason} (rolled back to version ${v.rolledBackTo})` : v.reason) },
                { header: "Subgraphs", cell: (v) => v.subgraphs.join(", ") },
              ]}
            />
          </section>
          <SchemaDiffSection history={history.supergraphVersions} />
        </>
      )}
    </>
  );
}
