import { DataTable } from "../../components/DataTable";
import { MEASURES, type MeasureName } from "./measures";
import type { MapNeighborhood } from "./map-data";
import { formatNumber } from "../../words/numbers";

/**
 * The map's numbers as a table, for keyboard and screen-reader users and for anyone who wants the
 * figures: every neighborhood, every measure, ordered by the measure the map is coloured by.
 */
export function MeasuresTable({
  neighborhoods,
  gapScores,
  measure,
  onChoose,
}: {
  neighborhoods: MapNeighborhood[];
  gapScores: Map<string, number>;
  measure: MeasureName;
  onChoose: (id: string) => void;
}) {
  const value = (n: MapNeighborhood, name: MeasureName) => MEASURES[name].value(n, gapScores);
  const rows = [...neighborhoods].sort((a, b) => (value(b, measure) ?? -Infinity) - (value(a, measure) ?? -Infinity) || a.name.localeCompare(b.name));
  const cell = (name: MeasureName) => (n: MapNeighborhood) => MEASURES[name].format(value(n, name));
  return (
    <DataTable
      caption={`Neighborhoods by ${MEASURES[measure].label.toLowerCase()}, highest first`}
      rows={rows}
      rowKey={(n) => n.id}
      columns={[
        {
          header: "Neighborhood",
          cell: (n) => (
            <button type="button" className="link-button" onClick={() => onChoose(n.id)}>
              {n.name}
            </button>
          ),
        },
        { header: "Planning district", cell: (n) => n.planningDistrict?.name ?? "—" },
        { header: MEASURES.gap.label, cell: cell("gap"), numeric: true },
        { header: MEASURES.broadband.label, cell: cell("broadband"), numeric: true },
        { header: MEASURES.places.label, cell: cell("places"), numeric: true },
        { header: MEASURES.initiatives.label, cell: cell("initiatives"), numeric: true },
        { header: "Residents", cell: (n) => formatNumber(n.population), numeric: true },
      ]}
    />
  );
}
