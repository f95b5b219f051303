import { type CsvFields, type SourceFile, ImportFileError, defineImporter, readCsv, readGeoJson, sourceFormat } from "@dlhub/subgraph-kit";
import { LibraryBranch } from "../branches/library-branch.entity.js";
import { LIBRARY_LOCATION_COLUMNS, libraryLocationRow } from "./library-location-row.js";

/**
 * The same layer comes as CSV (LAT and LNG columns) or GeoJSON (a point, the other columns as
 * properties); both are read into the CSV's shape so one set of rules validates either.
 */
async function readLocations(file: string): Promise<SourceFile<Record<string, unknown>>> {
  const format = sourceFormat(file);
  if (format === "csv") return readCsv(file, { columns: LIBRARY_LOCATION_COLUMNS }) as Promise<SourceFile<CsvFields>>;
  if (format !== "geojson") throw new ImportFileError(file, `${file}: expected a .csv or .geojson file`);
  const { records, problems } = await readGeoJson(file, { geometry: ["Point"] });
  return {
    problems,
    records: records.map(({ fields: { properties, geometry }, ...at }) => ({
      ...at,
      fields: { ...properties, LNG: geometry.coordinates[0], LAT: geometry.coordinates[1] },
    })),
  };
}

/**
 * The Free Library's locations (the City's "Libraries" layer), keyed by branch code (CPO_CODE).
 * Real branches retire the demo ones first, so no demo value (a computer count, a class) ever
 * rides on a real branch. Public computer counts are not in the layer: a new branch has none,
 * and a count already stored on a real branch is kept.
 */
export const libraryBranchesImporter = defineImporter({
  kind: "library-branches",
  description: "Free Library locations, CSV (BRANCH_NAM, TYPE, ADDRESS, CPO_CODE, LAT, LNG) or the same as GeoJSON points",
  read: readLocations,
  row: libraryLocationRow,
  key: (branch) => branch.code,
  write: async (rows, writer) => {
    await writer.retireDemo(LibraryBranch);
    await writer.upsert(LibraryBranch, rows.map(({ row }) => ({ ...row, ...writer.source })), ["code"]);
  },
});
