import { collapseWhitespace, slugify } from "./text.js";

describe("slugify", () => {
  it.each([
    ["PEC - Gloria's Place", "pec-glorias-place"],
    ["Philadelphia OIC, Inc.", "philadelphia-oic-inc"],
    ["Jefferson University + Esperanza Health Center", "jefferson-university-esperanza-health-center"],
    ["Asian Americans United & Friends", "asian-americans-united-and-friends"],
    ["Café Señor", "cafe-senor"],
  ])("%s -> %s", (name, slug) => expect(slugify(name)).toBe(slug));
});

describe("collapseWhitespace", () => {
  it("joins wrapped lines and trims", () => expect(collapseWhitespace(" 100 E Johnson St\nPhiladelphia  PA\n")).toBe("100 E Johnson St Philadelphia PA"));
});
