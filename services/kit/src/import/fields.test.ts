import { z } from "zod";
import { oneOf, optionalInteger, optionalText, optionalUrl, requiredDecimal, requiredText, yesNo } from "./fields.js";

const row = z.object({
  NAME: requiredText(10),
  NOTE: optionalText(10),
  AMOUNT: optionalInteger(1, 1_000_000),
  LAT: requiredDecimal(),
  GYM: yesNo(),
  TYPE: oneOf({ Branch: "BRANCH", Central: "CENTRAL" }),
  URL: optionalUrl(100),
});

const reasons = (input: Record<string, unknown>) => {
  const result = row.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("import fields", () => {
  it("converts good cells, from CSV strings or GeoJSON numbers", () => {
    expect(row.parse({ NAME: " Logan\n", NOTE: "", AMOUNT: "$25,000", LAT: 40.03, GYM: "y", TYPE: "Branch", URL: "https://phila.gov/x" })).toEqual({
      NAME: "Logan",
      NOTE: null,
      AMOUNT: 25000,
      LAT: 40.03,
      GYM: true,
      TYPE: "BRANCH",
      URL: "https://phila.gov/x",
    });
  });

  it("says what is wrong with every bad cell", () => {
    expect(reasons({ NAME: "", NOTE: "far too long a note", AMOUNT: "25k", LAT: "north", GYM: "maybe", TYPE: "Annex", URL: "www.x" })).toEqual([
      "NAME: is blank",
      "NOTE: is longer than 10 characters",
      'AMOUNT: is not a whole number: "25k"',
      'LAT: is not a number: "north"',
      'GYM: must be Y or N, not "maybe"',
      'TYPE: must be one of Branch, Central, not "Annex"',
      'URL: is not an http(s) URL: "www.x"',
    ]);
  });

  it("tells a missing column from a blank one", () => {
    expect(reasons({ NOTE: null, AMOUNT: null, LAT: 1, GYM: "N", TYPE: "Central" })).toEqual(["NAME: is missing"]);
  });
});
