import { parseArgs } from "./args.js";

const kinds = ["keyspots", "grants"];

describe("import arguments", () => {
  it("take a kind and a file", () => expect(parseArgs(["keyspots", "k.geojson"], kinds)).toEqual({ help: false, kind: "keyspots", file: "k.geojson" }));
  it("ask for help anywhere", () => expect(parseArgs(["keyspots", "--help"], kinds)).toEqual({ help: true }));
  it("refuse an unknown kind by name", () => expect(parseArgs(["keyspot", "k.geojson"], kinds)).toEqual({ error: 'unknown kind "keyspot"; the kinds are keyspots, grants' }));
  it("refuse a missing file", () => expect(parseArgs(["grants"], kinds)).toEqual({ error: "expected a kind and a file" }));
  it("refuse extra words", () => expect(parseArgs(["grants", "a.csv", "b.csv"], kinds)).toEqual({ error: 'unexpected "b.csv" after the file' }));
});
