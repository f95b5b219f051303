import { lonLatFromXY, webMercatorToLonLat, withinPhiladelphia } from "./coordinates.js";

describe("coordinates", () => {
  it("converts Web Mercator metres to degrees (City Hall)", () => {
    const { longitude, latitude } = webMercatorToLonLat(-8367162.55, 4859056.63);
    expect(longitude).toBeCloseTo(-75.1635, 4);
    expect(latitude).toBeCloseTo(39.9526, 4);
  });

  it("tells degrees from metres by their size", () => {
    expect(lonLatFromXY(-75.16, 39.95)).toEqual({ longitude: -75.16, latitude: 39.95 });
    expect(lonLatFromXY(-8367162.55, 4859056.63).longitude).toBeCloseTo(-75.1635, 4);
  });

  it("knows where Philadelphia is", () => {
    expect(withinPhiladelphia(-75.1635, 39.9526)).toBe(true);
    expect(withinPhiladelphia(39.9526, -75.1635)).toBe(false);
    expect(withinPhiladelphia(-77.0365, 38.8977)).toBe(false);
  });
});
