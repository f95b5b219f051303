import { featureLines } from "./geojson-lines.js";
import { parseGeoJson } from "./geojson.js";

const point = (coordinates: unknown, properties: unknown = { name: "x" }) => ({ type: "Feature", geometry: { type: "Point", coordinates }, properties });
const collection = (...features: unknown[]) => JSON.stringify({ type: "FeatureCollection", features }, null, 2);

describe("parseGeoJson", () => {
  it("reads points with their properties, the line each feature starts on and its position", () => {
    const text = collection(point([-75.16, 39.95], { name: "A" }), point([-75.2, 40.0], null));
    const { records, problems } = parseGeoJson(text, { geometry: ["Point"] });
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.feature, r.fields.properties, r.fields.geometry.coordinates])).toEqual([
      [1, { name: "A" }, [-75.16, 39.95]],
      [2, {}, [-75.2, 40.0]],
    ]);
    const lines = text.split("\n");
    for (const record of records) expect(lines[record.line - 1]?.trim()).toBe("{");
  });

  it("refuses every bad feature, not just the first", () => {
    const polygon = { type: "Feature", geometry: { type: "Polygon", coordinates: [] }, properties: {} };
    const text = collection(point([-75.16, 39.95]), point([-8367000, 4858000]), polygon, point(["a", 1]), { type: "Feature", geometry: null });
    const { records, problems } = parseGeoJson(text, { geometry: ["Point"] });
    expect(records).toHaveLength(1);
    expect(problems.map((p) => [p.feature, p.reason])).toEqual([
      [2, "coordinates [-8367000, 4858000] are not WGS84 longitude/latitude"],
      [3, 'geometry is "Polygon", expected Point'],
      [4, 'coordinates ["a",1] are not [longitude, latitude]'],
      [5, "has no geometry"],
    ]);
  });

  it("checks polygon rings are closed", () => {
    const ring = [[-75.2, 39.9], [-75.1, 39.9], [-75.1, 40.0], [-75.2, 40.0]];
    const open = { type: "Feature", geometry: { type: "Polygon", coordinates: [ring] }, properties: {} };
    const closed = { type: "Feature", geometry: { type: "MultiPolygon", coordinates: [[[...ring, ring[0]]]] }, properties: {} };
    const { records, problems } = parseGeoJson(collection(open, closed), { geometry: ["Polygon", "MultiPolygon"] });
    expect(records.map((r) => r.feature)).toEqual([2]);
    expect(problems[0]?.reason).toMatch(/not closed/);
  });

  it("refuses text that is not JSON, at the line of the syntax error", () => {
    const { problems } = parseGeoJson('{\n  "type": "FeatureCollection",\n  "features": [] "extra": 1\n}', { geometry: ["Point"] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 3 });
  });

  it("refuses JSON that is not a FeatureCollection", () => {
    expect(parseGeoJson('{"type":"Feature"}', { geometry: ["Point"] }).problems[0]?.reason).toMatch(/not a GeoJSON FeatureCollection/);
  });
});

describe("featureLines", () => {
  it("finds each feature of a one-line file on line 1 and ignores brackets inside strings", () => {
    expect(featureLines('{"features":[{"p":"[{"},{"p":"}]"},null],"type":"FeatureCollection"}')).toEqual([1, 1, 1]);
  });

  it("ignores arrays named features deeper in the document", () => {
    expect(featureLines('{"meta":{"features":[1,2]},\n"features":[\n{"a":1},\n{"b":"\\"features\\""}]}')).toEqual([3, 4]);
  });
});
