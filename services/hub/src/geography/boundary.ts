import simplify from "@turf/simplify";
import type { Position } from "geojson";
import { type AreaGeometry } from "./geometry.js";

/**
 * How far (in degrees, about 5 m at Philadelphia's latitude) a drawn outline may stray from the
 * City's. The City's files trace every bend of the rivers and rail lines with a point every metre
 * or two; even zoomed to one neighborhood nobody sees a 5 m difference, and the 159 neighborhoods
 * drop from about 600 kB to about 100 kB of JSON (the 18 districts from 620 kB to 50 kB). The
 * GeoIndex keeps placing points by the full outline: only what is drawn is simplified.
 */
export const DRAWING_TOLERANCE = 0.00005;

/** Five decimals of a degree is about a metre: finer digits would only add bytes. */
const DECIMALS = 5;
const SCALE = 10 ** DECIMALS;

/**
 * An area's outline as the coordinator's map draws it: Douglas–Peucker simplified, coordinates
 * rounded to 5 decimals. @turf/simplify rather than a hand-written Douglas–Peucker: it is the same
 * pure-JS toolkit the hub already places points with (no native code, no download), and it keeps
 * every ring a closed ring of at least four positions by easing the tolerance for a ring that
 * would otherwise collapse, which a naive simplification gets wrong on small islands and holes.
 */
export function drawableBoundary(geometry: AreaGeometry): AreaGeometry {
  const simplified = simplify(geometry, { tolerance: DRAWING_TOLERANCE, highQuality: false, mutate: false });
  if (simplified.type === "Polygon") {
    const rings = roundedRings(simplified.coordinates);
    // A polygon never loses its outer ring: simplify keeps at least four positions, and rounding
    // only merges points closer than a metre, which a 5 m tolerance has already removed.
    return { type: "Polygon", coordinates: rings.length > 0 ? rings : simplified.coordinates.map(roundRing) };
  }
  const polygons = simplified.coordinates.map(roundedRings).filter((rings) => rings.length > 0);
  return { type: "MultiPolygon", coordinates: polygons.length > 0 ? polygons : simplified.coordinates.map((rings) => rings.map(roundRing)) };
}

/** The polygon's rings rounded; a hole that rounding shrinks to nothing is dropped, as is a polygon whose outer ring is. */
function roundedRings(rings: Position[][]): Position[][] {
  const rounded = rings.map(withoutRepeats);
  if (rounded[0].length < 4) return [];
  return [rounded[0], ...rounded.slice(1).filter((ring) => ring.length >= 4)];
}

const round = (value: number) => Math.round(value * SCALE) / SCALE;

const roundRing = (ring: Position[]): Position[] => ring.map(([longitude, latitude]) => [round(longitude), round(latitude)]);

/** Rounded, with consecutive equal positions (which rounding can make) kept once. */
function withoutRepeats(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (const position of roundRing(ring)) {
    const last = out[out.length - 1];
    if (!last || last[0] !== position[0] || last[1] !== position[1]) out.push(position);
  }
  return out;
}
