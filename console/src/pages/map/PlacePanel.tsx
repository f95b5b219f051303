import { Link } from "react-router-dom";
import { useQuery } from "urql";
import { Loading, Problem } from "../../components/QueryState";
import { PlacePanelDocument } from "../../graphql/generated/graphql";
import { useDemoData } from "../../layout/demo-data";
import { PLACE_STATUSES, placeKindLabel, STATUSES } from "../../words/contract";
import { formatNumber } from "../../words/numbers";
import { usePanelFocus } from "./use-panel-focus";

/** What happens at one place: its facts, the places it hosts or sits in, its initiatives. */
export function PlacePanel({ id, onClose, openedByPerson }: { id: string; onClose: () => void; openedByPerson: boolean }) {
  const [result] = useQuery({ query: PlacePanelDocument, variables: { id } });
  const heading = usePanelFocus(id, openedByPerson);
  const place = result.data?.place;
  useDemoData(place?.isDemo);
  return (
    <aside className="side-panel" aria-labelledby="panel-heading">
      <h2 id="panel-heading" ref={heading} tabIndex={-1}>
        {place?.name ?? "Place"}
      </h2>
      <button type="button" className="secondary close" onClick={onClose}>
        Close
      </button>
      {result.fetching && !place && <Loading what="the place" />}
      <Problem error={result.error} what="the place" />
      {result.data && !place && <p>The hub has no place with this id.</p>}
      {place && (
        <>
          <dl className="facts">
            <dt>Kind</dt>
            <dd>
              {placeKindLabel(place.kind)}
              {place.typeCode && ` (${place.typeCode})`}
            </dd>
            <dt>Department</dt>
            <dd>{place.departmentName}</dd>
            <dt>Status</dt>
            <dd>{PLACE_STATUSES[place.status]}</dd>
            <dt>Address</dt>
            <dd>{place.address ?? "—"}</dd>
            <dt>Neighborhood</dt>
            <dd>{place.neighborhood?.name ?? "—"}</dd>
            <dt>Public computers</dt>
            <dd>{formatNumber(place.workstations)}</dd>
            <dt>Hours a week</dt>
            <dd>{formatNumber(place.weeklyOpenHours)}</dd>
            {place.host && (
              <>
                <dt>Inside</dt>
                <dd>{place.host.name}</dd>
              </>
            )}
            <dt>Source</dt>
            <dd>{place.sourceDataset ?? "—"}</dd>
          </dl>
          {place.hostedPlaces.length > 0 && (
            <>
              <h3>Also here</h3>
              <ul>
                {place.hostedPlaces.map((hosted) => (
                  <li key={hosted.id}>
                    {hosted.name} <span className="hint">{placeKindLabel(hosted.kind)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>What happens here</h3>
          {place.initiatives.length === 0 && <p>No initiative is recorded at this place.</p>}
          <ul className="compact-list">
            {place.initiatives.map((i) => (
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
