import { type GeoJsonFeature, type MultiPolygonGeometry, type PolygonGeometry, requiredText, slugify } from "@dlhub/subgraph-kit";
import { z } from "zod";
import { type AreaGeometry } from "../geometry.js";

/** What readGeoJson hands over for a boundary layer: a checked (Multi)Polygon and raw properties. */
export type AreaFeature = GeoJsonFeature<PolygonGeometry | MultiPolygonGeometry>;

export const AREA_GEOMETRY_TYPES = ["Polygon", "MultiPolygon"] as const;

/**
 * A boundary feature whose properties `properties` validates. The geometry needs no schema: the
 * kit's GeoJSON reader has already refused any feature whose shape is not a closed-ring
 * (Multi)Polygon in WGS84 degrees, naming its line and position in the collection.
 */
export const areaFeature = <P extends z.ZodType>(properties: P) =>
  z.object({ geometry: z.custom<AreaGeometry>(), properties });

/** A listed name that also makes an id: the slug of "---" would be empty. */
export const areaName = requiredText(120).refine((name) => slugify(name) !== "", "has no letters or digits to make an id from");
