import { keyspotRow, siteSlug, streetOf } from "./keyspot-row.js";

describe("KEYSPOT rows", () => {
  it.each([
    ["Happy Hollow Recreation Center", "happy-hollow"],
    ["Martin Luther King Jr. Recreation Center", "martin-luther-king-jr"],
    ["PEC - Families First", "pec-families-first"],
    ["Congreso KEYSPOT", "congreso"],
    ["Mallory Playground", "mallory-playground"],
  ])("names %s %s", (name, slug) => expect(siteSlug(name)).toBe(slug));

  it.each([
    ["100 E Johnson St Philadelphia PA", "100 E Johnson St"],
    ["112 N Broad St, 11th Floor Philadelphia PA", "112 N Broad St, 11th Floor"],
    ["Philadelphia PA 413 W Master St", "413 W Master St"],
    ["1448 S 17th St Philadelphia", "1448 S 17th St"],
    ["4015 Poplar St, Philadelphia, PA 19104", "4015 Poplar St"],
    ["6544 Philadelphia Ave", "6544 Philadelphia Ave"],
  ])("keeps the street of %s", (address, street) => expect(streetOf(address)).toBe(street));

  it("refuses a name whose key would look like demo data's", () => {
    const result = keyspotRow.safeParse({ shape: "official", Name: "Demo Lab KEYSPOT", Street: "1 Main St", "PHONE NUMBER": "", longitude: -75.16, latitude: 39.95 });
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual(['Name: makes a key starting with "demo-", which only demo data uses']);
  });
});
