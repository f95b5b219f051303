import { NeighborhoodPanel } from "./NeighborhoodPanel";
import { PlacePanel } from "./PlacePanel";

/** Beside the map: the chosen place, else the chosen neighborhood, else how to choose one. */
export function MapSidePanel({
  neighborhoodId,
  placeId,
  onChoosePlace,
  onClose,
  openedByPerson,
}: {
  neighborhoodId: string | null;
  placeId: string | null;
  onChoosePlace: (id: string) => void;
  onClose: () => void;
  /** False when the panel opens because the page was loaded with a choice in its address. */
  openedByPerson: boolean;
}) {
  if (placeId) return <PlacePanel id={placeId} onClose={onClose} openedByPerson={openedByPerson} />;
  if (neighborhoodId) return <NeighborhoodPanel id={neighborhoodId} onChoosePlace={onChoosePlace} onClose={onClose} openedByPerson={openedByPerson} />;
  return (
    <aside className="side-panel" aria-label="Chosen area">
      <p>Click a neighborhood or a place on the map (or Tab to a neighborhood and press Enter) to see its numbers, places and initiatives here.</p>
    </aside>
  );
}
