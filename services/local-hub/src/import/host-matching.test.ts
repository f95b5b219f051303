import { distinctiveWords, matchHost, metresBetween } from "./host-matching.js";

const at = (key: string, name: string, latitude: number, longitude: number) => ({ key, name, latitude, longitude });
// About 11 m of latitude per 0.0001°.
const mallory = at("k1", "Mallory Playground", 40.04777, -75.18003);

describe("matching a KEYSPOT to the place that hosts it", () => {
  it("keeps the words that tell places apart", () => {
    expect([...distinctiveWords("Martin Luther King Jr. Recreation Center")]).toEqual(["martin", "luther", "king", "jr"]);
    expect([...distinctiveWords("Happy Hollow Rec Ctr KEYSPOT")]).toEqual(["happy", "hollow"]);
  });

  it("measures distances in metres", () => {
    expect(metresBetween(at("a", "", 40, -75), at("b", "", 40.001, -75))).toBeCloseTo(111.2, 0);
  });

  it("takes the nearest candidate sharing a distinctive word, within 300 m", () => {
    const candidates = [at("1137", "Mallory Playground", 40.0490, -75.18003), at("9", "Other Center", 40.04780, -75.18003)];
    expect(matchHost(mallory, candidates)).toMatchObject({ host: { key: "1137" }, by: "name and distance" });
  });

  it("falls back to a candidate within 50 m whatever its name", () => {
    expect(matchHost(mallory, [at("9", "Johnson Street Center", 40.0480, -75.18003)])).toMatchObject({ host: { key: "9" }, by: "distance" });
  });

  it("leaves a KEYSPOT unmatched when nothing fits", () => {
    expect(matchHost(mallory, [at("1137", "Mallory Playground", 40.0560, -75.18003), at("9", "Other", 40.0490, -75.18003)])).toBeNull();
    expect(matchHost(mallory, [])).toBeNull();
  });
});
