import { defineImporter, readGeoJson, requiredInteger, slugify } from "@dlhub/subgraph-kit";
import { z } from "zod";
import { PlanningDistrict } from "../planning-district.entity.js";
import { areaColumns } from "./area-columns.js";
import { AREA_GEOMETRY_TYPES, areaFeature, areaName } from "./area-row.js";
import { lockGeography, recomputeAssignments, removeDemoGeography } from "./assignments.js";

const row = areaFeature(
  z.object({
    DIST_NAME: areaName,
    // The City's file numbers Lower Far Northeast 0 and has no 16, so only "a whole number ≥ 0".
    DIST_NUM: requiredInteger(0, 99),
  }),
).transform(({ geometry, properties: p }) => ({
  id: slugify(p.DIST_NAME),
  name: p.DIST_NAME,
  number: p.DIST_NUM,
  ...areaColumns(geometry, false),
}));

/** The Philadelphia2035 planning districts (planning_districts.geojson, 18 Polygons). */
export const planningDistrictsImporter = defineImporter({
  kind: "planning-districts",
  description: "Philadelphia2035 planning districts GeoJSON (planning_districts.geojson: DIST_NUM, DIST_NAME)",
  read: (file) => readGeoJson(file, { geometry: AREA_GEOMETRY_TYPES }),
  row,
  key: (district) => district.id,
  write: async (rows, writer) => {
    await lockGeography(writer.manager);
    await removeDemoGeography(writer.manager);
    await writer.upsert(PlanningDistrict, rows.map((r) => r.row), ["id"]);
    await recomputeAssignments(writer.manager);
  },
});
