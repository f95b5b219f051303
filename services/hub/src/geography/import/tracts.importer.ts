import { defineImporter, readGeoJson, requiredDecimal, requiredText } from "@dlhub/subgraph-kit";
import { z } from "zod";
import { CensusTract } from "../census-tract.entity.js";
import { areaColumns } from "./area-columns.js";
import { AREA_GEOMETRY_TYPES, areaFeature } from "./area-row.js";
import { lockGeography, recomputeAssignments, removeDemoGeography } from "./assignments.js";

export const GEOID = requiredText(11).refine((geoid) => /^\d{11}$/.test(geoid), "must be an 11-digit GEOID (state, county, tract)");

const row = areaFeature(
  z.object({
    GEOID10: GEOID,
    NAME10: requiredText(20),
    ALAND10: requiredDecimal().refine((area) => area >= 0, "must be square metres ≥ 0"),
  }),
).transform(({ geometry, properties: p }) => ({
  geoid: p.GEOID10,
  name: p.NAME10,
  landAreaSqm: p.ALAND10,
  ...areaColumns(geometry, false),
}));

/**
 * The 2010 census tracts (census_tracts_2010.geojson, 384). Only shapes and names are written:
 * a tract's internet indicators come from the indicator CSV and survive a re-import of shapes.
 */
export const tractsImporter = defineImporter({
  kind: "tracts",
  description: "2010 census tracts GeoJSON (census_tracts_2010.geojson: GEOID10, NAME10, ALAND10)",
  read: (file) => readGeoJson(file, { geometry: AREA_GEOMETRY_TYPES }),
  row,
  key: (tract) => tract.geoid,
  write: async (rows, writer) => {
    await lockGeography(writer.manager);
    await removeDemoGeography(writer.manager);
    await writer.upsert(CensusTract, rows.map((r) => r.row), ["geoid"]);
    await recomputeAssignments(writer.manager);
  },
});
