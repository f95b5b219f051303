import { type AreaGeometry, boundingBoxOf, representativePoint } from "../geometry.js";
import { type MappedArea } from "../mapped-area.js";

/** The stored columns every layer derives from a shape: the shape, its box, its point. */
export function areaColumns(geometry: AreaGeometry, isDemo: boolean): MappedArea {
  const point = representativePoint(geometry);
  return { geometry, ...boundingBoxOf(geometry), latitude: point.latitude, longitude: point.longitude, isDemo };
}
