import { useMemo, useState } from "react";
import { useLocation, useSearchParams } from "react-router-dom";
import { useQuery } from "urql";
import { Pager } from "../../components/Pager";
import { Loading, Problem } from "../../components/QueryState";
import { SelectField } from "../../components/SelectField";
import { InitiativeListDocument } from "../../graphql/generated/graphql";
import { PageHeading } from "../../layout/PageHeading";
import { useDemoData } from "../../layout/demo-data";
import { choices, ORDERS } from "../../words/contract";
import { formatNumber } from "../../words/numbers";
import { InitiativeExportButton } from "./InitiativeExportButton";
import { InitiativeFilters } from "./InitiativeFilters";
import { InitiativeTable } from "./InitiativeTable";
import { filterOf, orderOf, withFilter } from "./url-filters";

const PAGE_SIZE = 25;

/** Where earlier pages started: kept in the history entry, as the graph's cursors only go forward. */
interface PagingState {
  trail?: (string | null)[];
}

export default function InitiativesPage() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const stateTrail = (location.state as PagingState | null)?.trail;
  const trail = useMemo(() => stateTrail ?? [], [stateTrail]);
  const filter = useMemo(() => filterOf(params), [params]);
  const orderBy = orderOf(params);
  const after = params.get("after");
  const [result] = useQuery({ query: InitiativeListDocument, variables: { filter, orderBy, first: PAGE_SIZE, after } });
  // While the next page is on its way urql still holds the last one: the rows, caption and pager
  // shown are kept together with the cursor and trail they belong to, never a new caption over old rows.
  type Shown = { connection: NonNullable<typeof result.data>["initiatives"]; after: string | null; trail: (string | null)[] };
  const [shown, setShown] = useState<Shown | null>(null);
  const arrived = result.data?.initiatives;
  if (!result.fetching && arrived && (shown?.connection !== arrived || shown.after !== after || shown.trail !== trail)) {
    setShown({ connection: arrived, after, trail });
  }
  const connection = shown?.connection;
  useDemoData(connection?.includesDemo);

  const change = (name: string, values: string[]) => setParams(withFilter(params, name, values));
  const goTo = (cursor: string | null, nextTrail: (string | null)[]) => {
    const next = new URLSearchParams(params);
    if (cursor) next.set("after", cursor);
    else next.delete("after");
    setParams(next, { state: { trail: nextTrail } satisfies PagingState });
  };
  // A shared link to a later page has no trail: where that page starts is then not known.
  const shownAfter = shown?.after ?? after;
  const shownTrail = shown?.trail ?? trail;
  const known = !shownAfter || shownTrail.length > 0;
  const firstRow = shownTrail.length * PAGE_SIZE + 1;

  return (
    <>
      <PageHeading title="Initiatives" />
      <p className="lede">Every department's digital-literacy initiatives. Choose filters; the address of this page keeps them, so you can share the view.</p>
      <InitiativeFilters params={params} change={change} clear={() => setParams(new URLSearchParams())} />
      <div className="toolbar no-print">
        <SelectField label="Sort by" value={orderBy} anyLabel={null} options={choices(ORDERS)} onChange={(sort) => change("sort", [sort])} />
        <InitiativeExportButton filter={filter} orderBy={orderBy} total={connection?.totalCount} />
      </div>
      <p role="status" className="result-count">
        {connection ? `${formatNumber(connection.totalCount)} initiatives match.` : ""}
      </p>
      {result.fetching && !connection && <Loading what="the initiatives" />}
      <Problem error={result.error} what="the initiatives" />
      {connection && (
        <>
          <InitiativeTable
            initiatives={connection.nodes}
            caption={
              known && connection.nodes.length
                ? `Initiatives ${formatNumber(firstRow)}–${formatNumber(firstRow + connection.nodes.length - 1)} of ${formatNumber(connection.totalCount)}, by ${ORDERS[orderBy].toLowerCase()}`
                : `Initiatives, by ${ORDERS[orderBy].toLowerCase()}`
            }
          />
          <Pager
            label="Pages of initiatives"
            position={known ? `Page ${shownTrail.length + 1} of ${Math.max(1, Math.ceil(connection.totalCount / PAGE_SIZE))}` : "A later page"}
            onFirst={shownAfter ? () => goTo(null, []) : undefined}
            onPrevious={shownAfter ? () => goTo(shownTrail[shownTrail.length - 1] ?? null, shownTrail.slice(0, -1)) : undefined}
            onNext={connection.pageInfo.hasNextPage ? () => goTo(connection.pageInfo.endCursor ?? null, [...shownTrail, shownAfter]) : undefined}
          />
        </>
      )}
    </>
  );
}
