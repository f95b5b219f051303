import { type AreaGeometry, approximateAreaSquareMeters, areaCentroid, boundingBoxOf, containsPoint, representativePoint } from "./geometry.js";

/** A U: the [0,3]×[0,3] square minus the notch [1,2]×[1,3]; its centroid lies in the notch. */
const u: AreaGeometry = {
  type: "Polygon",
  coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]],
};

describe("geometry helpers", () => {
  it("weights the centroid by area, whatever the ring orientation", () => {
    const clockwise: AreaGeometry = { type: "Polygon", coordinates: [[[0, 0], [0, 2], [4, 2], [4, 0], [0, 0]]] };
    expect(areaCentroid(clockwise)).toEqual({ longitude: 2, latitude: 1 });
    // A small far-off square barely moves the centroid of a MultiPolygon.
    const multi: AreaGeometry = { type: "MultiPolygon", coordinates: [clockwise.coordinates, [[[10, 0], [10.1, 0], [10.1, 0.1], [10, 0.1], [10, 0]]]] };
    expect(areaCentroid(multi).longitude).toBeCloseTo(2.01, 2);
  });

  it("moves the representative point inside a shape whose centroid falls outside it", () => {
    const centroid = areaCentroid(u);
    expect(containsPoint(u, centroid.longitude, centroid.latitude)).toBe(false);
    const point = representativePoint(u);
    expect(containsPoint(u, point.longitude, point.latitude)).toBe(true);
  });

  it("measures an area in square metres, holes subtracted", () => {
    // 0.01° × 0.01° at 40° N is 1,112 m × 852 m on the mean sphere.
    const square: AreaGeometry = { type: "Polygon", coordinates: [[[-75.2, 39.995], [-75.19, 39.995], [-75.19, 40.005], [-75.2, 40.005], [-75.2, 39.995]]] };
    expect(approximateAreaSquareMeters(square) / 1e6).toBeCloseTo(0.9472, 3);
    const holed: AreaGeometry = { type: "Polygon", coordinates: [u.coordinates[0], [[0.5, 0.2], [0.6, 0.2], [0.6, 0.3], [0.5, 0.3], [0.5, 0.2]]] };
    const solid: AreaGeometry = { type: "Polygon", coordinates: [u.coordinates[0]] };
    expect(approximateAreaSquareMeters(holed)).toBeLessThan(approximateAreaSquareMeters(solid));
  });

  it("bounds a shape by its outer rings", () => {
    expect(boundingBoxOf(u)).toEqual({ minLongitude: 0, minLatitude: 0, maxLongitude: 3, maxLatitude: 3 });
  });
});
