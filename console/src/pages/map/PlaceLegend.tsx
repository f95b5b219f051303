import { useDepartments } from "../../graphql/departments";
import { placeKindLabel } from "../../words/contract";
import { formatNumber } from "../../words/numbers";
import type { MapPlace } from "./map-data";

export const kindKey = (place: { departmentId: string; kind: string }) => `${place.departmentId}/${place.kind}`;

/** The markers' key, one colour per department, with a checkbox to show or hide each kind. */
export function PlaceLegend({ places, hidden, onToggle }: { places: MapPlace[]; hidden: ReadonlySet<string>; onToggle: (key: string, show: boolean) => void }) {
  const { colorOf } = useDepartments();
  const byDepartment = new Map<string, { name: string; kinds: Map<string, number> }>();
  for (const place of places) {
    const department = byDepartment.get(place.departmentId) ?? { name: place.departmentName, kinds: new Map<string, number>() };
    department.kinds.set(place.kind, (department.kinds.get(place.kind) ?? 0) + 1);
    byDepartment.set(place.departmentId, department);
  }
  return (
    <section className="place-legend" aria-labelledby="place-legend-heading">
      <h2 id="place-legend-heading">Places on the map</h2>
      {[...byDepartment].map(([departmentId, { name, kinds }]) => (
        <fieldset key={departmentId}>
          <legend>
            <span className="swatch" style={{ background: colorOf(departmentId) }} aria-hidden="true" />
            {name}
          </legend>
          {[...kinds].map(([kind, count]) => {
            const key = kindKey({ departmentId, kind });
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
