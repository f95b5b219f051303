import { titleCase } from "./title-case.js";

describe("titleCase", () => {
  it.each([
    ["5501 N 05TH ST", "5501 N 05th St"],
    ["23RD & FEDERAL STS", "23rd & Federal Sts"],
    ["R.G. DERODRIGUEZ", "R.G. Derodriguez"],
    ["MCPHERSON SQUARE", "McPherson Square"],
    ["FALLS OF SCHUYLKILL", "Falls of Schuylkill"],
    ["BLIND AND PHYSICALLY HANDICAPPED", "Blind and Physically Handicapped"],
    ["DURHAM, CHARLES /MANTUA", "Durham, Charles /Mantua"],
    ["NICETOWN-TIOGA", "Nicetown-Tioga"],
    ["THE FREE LIBRARY", "The Free Library"],
  ])("%s -> %s", (text, expected) => expect(titleCase(text)).toBe(expected));
});
