import type { Position } from "geojson";
import { DRAWING_TOLERANCE, drawableBoundary } from "./boundary.js";
import { type AreaGeometry, approximateAreaSquareMeters } from "./geometry.js";

/** A river-like edge: a square of 0.01° whose south side wiggles by far less than the tolerance. */
function wigglySquare(west: number, south: number): Position[] {
  const wiggles: Position[] = [];
  for (let i = 0; i <= 200; i += 1) wiggles.push([west + i * 0.00005, south + (i % 2) * DRAWING_TOLERANCE * 0.2]);
  return [...wiggles, [west + 0.01, south + 0.01], [west, south + 0.01], [west, south]];
}

const ringsOf = (geometry: AreaGeometry): Position[][] =>
  geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();

describe("drawableBoundary", () => {
  const square: AreaGeometry = { type: "Polygon", coordinates: [wigglySquare(-75.16, 39.95)] };

  it("drops the points a drawing cannot show and keeps the shape", () => {
    const drawn = drawableBoundary(square);
    expect(drawn.type).toBe("Polygon");
    expect(ringsOf(drawn)[0].length).toBeLessThan(10);
    expect(approximateAreaSquareMeters(drawn) / approximateAreaSquareMeters(square)).toBeCloseTo(1, 2);
  });

  it("rounds every coordinate to 5 decimals and keeps each ring closed, with no repeated points", () => {
    const precise: AreaGeometry = {
      type: "MultiPolygon",
      coordinates: [
        [[[-75.123456789, 39.987654321], [-75.113456789, 39.987654321], [-75.113456789, 39.997654321], [-75.123456789, 39.987654321]]],
        [wigglySquare(-75.2, 40.0)],
      ],
    };
    const drawn = drawableBoundary(precise);
    expect(drawn.type).toBe("MultiPolygon");
    for (const ring of ringsOf(drawn)) {
      expect(ring.length).toBeGreaterThanOrEqual(4);
      expect(ring[ring.length - 1]).toEqual(ring[0]);
      for (const [longitude, latitude] of ring) {
        expect(Math.abs(longitude * 1e5 - Math.round(longitude * 1e5))).toBeLessThan(1e-6);
        expect(Math.abs(latitude * 1e5 - Math.round(latitude * 1e5))).toBeLessThan(1e-6);
      }
      ring.slice(1).forEach((position, i) => expect(position).not.toEqual(ring[i]));
    }
    expect(ringsOf(drawn)[0][0]).toEqual([-75.12346, 39.98765]);
  });

  it("keeps a hole, and drops one that rounding shrinks to nothing", () => {
    const outer = wigglySquare(-75.16, 39.95);
    const hole: Position[] = [[-75.158, 39.952], [-75.152, 39.952], [-75.152, 39.958], [-75.158, 39.952]];
    const speck: Position[] = [[-75.1550001, 39.9550001], [-75.1550002, 39.9550001], [-75.1550002, 39.9550002], [-75.1550001, 39.9550001]];
    const drawn = drawableBoundary({ type: "Polygon", coordinates: [outer, hole, speck] });
    expect(ringsOf(drawn)).toHaveLength(2);
    expect(ringsOf(drawn)[1]).toEqual(hole);
  });

  it("leaves the stored outline untouched", () => {
    const before = JSON.stringify(square);
    drawableBoundary(square);
    expect(JSON.stringify(square)).toBe(before);
  });
});
