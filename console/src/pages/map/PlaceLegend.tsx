import { DEPARTMENT_COLORS } from "../../maps/leaflet-map";
import { departmentLabel, placeKindLabel } from "../../words/contract";
import { formatNumber } from "../../words/numbers";
import type { Department } from "../../graphql/generated/graphql";
import type { MapPlace } from "./map-data";

export const kindKey = (place: { department: string; kind: string }) => `${place.department}/${place.kind}`;

/** The markers' key, one colour per department, with a checkbox to show or hide each kind. */
export function PlaceLegend({ places, hidden, onToggle }: { places: MapPlace[]; hidden: ReadonlySet<string>; onToggle: (key: string, show: boolean) => void }) {
  const byDepartment = new Map<Department, Map<string, number>>();
  for (const place of places) {
    const kinds = byDepartment.get(place.department) ?? new Map<string, number>();
    kinds.set(place.kind, (kinds.get(place.kind) ?? 0) + 1);
    byDepartment.set(place.department, kinds);
  }
  return (
    <section className="place-legend" aria-labelledby="place-legend-heading">
      <h2 id="place-legend-heading">Places on the map</h2>
      {[...byDepartment].map(([department, kinds]) => (
        <fieldset key={department}>
          <legend>
            <span className="swatch" style={{ background: DEPARTMENT_COLORS[department] }} aria-hidden="true" />
            {departmentLabel(department)}
          </legend>
          {[...kinds].map(([kind, count]) => {
            const key = kindKey({ department, kind });
            return (
              <label key={key} className="choice">
                <input type="checkbox" checked={!hidden.has(key)} onChange={(event) => onToggle(key, event.target.checked)} />
                {placeKindLabel(kind)} ({formatNumber(count)})
              </label>
            );
          })}
        </fieldset>
      ))}
    </section>
  );
}
