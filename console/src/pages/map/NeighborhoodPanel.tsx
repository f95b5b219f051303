import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { Loading, Problem } from "../../components/QueryState";
import { NeighborhoodPanelDocument } from "../../graphql/generated/graphql";
import { useDemoData } from "../../layout/demo-data";
import { placeKindLabel, STATUSES } from "../../words/contract";
import { keyspotComputers, publicComputers } from "../../words/computers";
import { formatNumber, formatShare } from "../../words/numbers";
import { usePanelFocus } from "./use-panel-focus";

/** A neighborhood's roll-ups, places and initiatives, opened from the map or its table. */
export function NeighborhoodPanel({
  id,
  onChoosePlace,
  onClose,
  openedByPerson,
}: {
  id: string;
  onChoosePlace: (id: string) => void;
  onClose: () => void;
  openedByPerson: boolean;
}) {
  const [result] = useQuery({ query: NeighborhoodPanelDocument, variables: { id } });
  const heading = usePanelFocus(id, openedByPerson);
  const n = result.data?.neighborhood;
  useDemoData(n?.isDemo);
  return (
    <aside className="side-panel" aria-labelledby="panel-heading">
      <h2 id="panel-heading" ref={heading} tabIndex={-1}>
        {n?.name ?? "Neighborhood"}
      </h2>
      <button type="button" className="secondary close" onClick={onClose}>
        Close
      </button>
      {result.fetching && !n && <Loading what="the neighborhood" />}
      <Problem error={result.error} what="the neighborhood" />
      {result.data && !n && <p>The hub has no neighborhood with this id.</p>}
      {n && (
        <>
          <dl className="facts">
            <dt>Planning district</dt>
            <dd>{n.planningDistrict?.name ?? "—"}</dd>
            <dt>Residents</dt>
            <dd>{formatNumber(n.population)}</dd>
            <dt>Households</dt>
            <dd>{formatNumber(n.households)}</dd>
            <dt>With broadband</dt>
            <dd>{formatShare(n.internetSubscriptionShare)}</dd>
            <dt>Public computers</dt>
            <dd>{publicComputers(n)}</dd>
            <dt>KEYSPOT computers</dt>
            <dd>{keyspotComputers(n)}</dd>
            <dt>People served</dt>
            <dd>{formatNumber(n.peopleServed)}</dd>
          </dl>
          <p className="toolbar">
            <Link to={`/reports/neighborhood/${encodeURIComponent(n.id)}`}>Printable report</Link>
            <Link to={`/initiatives?neighborhood=${encodeURIComponent(n.id)}`}>Its initiatives in the list</Link>
          </p>
          <h3>Initiatives by department</h3>
          <ul>
            {n.initiativeCounts.map((c) => (
              <li key={c.departmentId}>
                {c.departmentName}: {formatNumber(c.count)}
              </li>
            ))}
            {n.initiativeCounts.length === 0 && <li>None with a site here.</li>}
          </ul>
          <h3>Places ({formatNumber(result.data?.places.totalCount)})</h3>
          <ul className="compact-list">
            {result.data?.places.nodes.map((place) => (
              <li key={place.id}>
                <button type="button" className="link-button" onClick={() => onChoosePlace(place.id)}>
                  {place.name}
                </button>{" "}
                <span className="hint">
                  {placeKindLabel(place.kind)}
                  {place.status !== "OPEN" && ", not open"}
                </span>
              </li>
            ))}
          </ul>
          <h3>Initiatives ({formatNumber(n.initiatives.length)})</h3>
          <ul className="compact-list">
            {n.initiatives.map((i) => (
              <li key={i.id}>
                <Link to={`/initiatives/${encodeURIComponent(i.id)}`}>{i.title}</Link>{" "}
                <span className="hint">
                  {i.departmentName}, {STATUSES[i.status].toLowerCase()}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
