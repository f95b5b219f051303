import { defineImporter, optionalDecimal, readGeoJson, requiredText, slugify } from "@dlhub/subgraph-kit";
import { z } from "zod";
import { type AreaGeometry, approximateAreaSquareMeters } from "../geometry.js";
import { Neighborhood } from "../neighborhood.entity.js";
import { areaColumns } from "./area-columns.js";
import { AREA_GEOMETRY_TYPES, areaFeature, areaName } from "./area-row.js";
import { lockGeography, recomputeAssignments, removeDemoGeography } from "./assignments.js";

/**
 * Shape_Area is in square feet: the City computes it in its State Plane projection (feet) even
 * though the published coordinates are WGS84 degrees. Converted, it matches the outline's own
 * area within 0.5% for 143 of the 159 neighborhoods (Bridesburg's 44,586,264 ft² is 4.14 km²).
 * For nine (Stadium District, Mantua, Riverfront, University City, …) it is off by 2.5–53%: the
 * outlines were redrawn and the attribute was not recomputed. Blue Bell Hill has none. For those
 * the area is measured from the outline we store, so the area always describes that outline.
 */
const SQUARE_METRES_PER_SQUARE_FOOT = 0.09290304;
const STALE_AREA_TOLERANCE = 0.02;

function areaOf(shapeAreaSquareFeet: number | null, geometry: AreaGeometry): number {
  const measured = approximateAreaSquareMeters(geometry);
  if (shapeAreaSquareFeet === null) return measured;
  const stated = shapeAreaSquareFeet * SQUARE_METRES_PER_SQUARE_FOOT;
  return Math.abs(stated / measured - 1) <= STALE_AREA_TOLERANCE ? stated : measured;
}

const row = areaFeature(
  z.object({
    LISTNAME: areaName,
    MAPNAME: requiredText(120),
    Shape_Area: optionalDecimal().refine((area) => area === null || area > 0, "must be a positive number of square feet"),
  }),
).transform(({ geometry, properties: p }) => ({
  id: slugify(p.LISTNAME),
  name: p.LISTNAME,
  mapName: p.MAPNAME,
  areaSquareMeters: areaOf(p.Shape_Area, geometry),
  ...areaColumns(geometry, false),
}));

/** The City's neighborhoods layer (philadelphia_neighborhoods.geojson, 159 MultiPolygons). */
export const neighborhoodsImporter = defineImporter({
  kind: "neighborhoods",
  description: "City neighborhoods GeoJSON (philadelphia_neighborhoods.geojson: LISTNAME, MAPNAME, Shape_Area in ft²)",
  read: (file) => readGeoJson(file, { geometry: AREA_GEOMETRY_TYPES }),
  row,
  key: (neighborhood) => neighborhood.id,
  write: async (rows, writer) => {
    await lockGeography(writer.manager);
    await removeDemoGeography(writer.manager);
    await writer.upsert(Neighborhood, rows.map((r) => r.row), ["id"]);
    await recomputeAssignments(writer.manager);
  },
});
