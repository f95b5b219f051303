import type { Polygon } from "geojson";

/**
 * Hand-drawn stand-ins for the City's boundary files, so a fresh `npm start` can place the demo
 * sites of the other subgraphs. Every shape is a rectangle of about 1 km around one demo site,
 * nothing like the real outline; names and tract GEOIDs are the real ones that contain the site,
 * so the ids match what the real import later writes. All rows carry isDemo = true.
 */

/** A rectangle of half-width `dx` and half-height `dy` degrees centred on a point. */
export function rectangle(longitude: number, latitude: number, dx: number, dy: number): Polygon {
  const [w, e, s, n] = [longitude - dx, longitude + dx, latitude - dy, latitude + dy].map((v) => Math.round(v * 1e6) / 1e6);
  return { type: "Polygon", coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
}

const box = (west: number, south: number, east: number, north: number): Polygon => ({
  type: "Polygon",
  coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]],
});

/**
 * Three broad districts instead of the City's eighteen. Their names say "demo" and their numbers
 * (91–93) lie outside the City's 0–18, so no one mistakes them for real planning districts.
 */
export const demoPlanningDistricts = [
  { id: "north-demo", name: "North Philadelphia (demo)", number: 91, geometry: box(-75.2, 39.975, -75.11, 40.045) },
  { id: "west-demo", name: "West and Southwest (demo)", number: 92, geometry: box(-75.26, 39.925, -75.2, 39.975) },
  { id: "center-south-demo", name: "Center City and South (demo)", number: 93, geometry: box(-75.2, 39.905, -75.11, 39.975) },
];

/** Half-size in degrees of a demo neighborhood: about 1.0 km east–west by 1.1 km north–south. */
export const DEMO_HALF_SIZE = { dx: 0.006, dy: 0.005 };

interface DemoNeighborhood {
  id: string;
  name: string;
  mapName: string;
  /** The demo site it is drawn around. */
  site: string;
  longitude: number;
  latitude: number;
  /** Real 2010 tracts at the west and east halves; one GEOID when the site's tract covers both. */
  tracts: string[];
}

export const demoNeighborhoods: DemoNeighborhood[] = [
  { id: "logan", name: "Logan", mapName: "Logan", site: "Logan library", longitude: -75.1453, latitude: 40.0318, tracts: ["42101028100", "42101028200"] },
  { id: "kensington-west", name: "Kensington, West", mapName: "West Kensington", site: "Kensington", longitude: -75.1327, latitude: 39.9847, tracts: ["42101016200", "42101016100"] },
  { id: "tioga", name: "Tioga", mapName: "Tioga", site: "Nicetown-Tioga library", longitude: -75.1513, latitude: 40.01, tracts: ["42101020102"] },
  { id: "strawberry-mansion", name: "Strawberry Mansion", mapName: "Strawberry Mansion", site: "Strawberry Mansion/Widener", longitude: -75.1776, latitude: 39.9967, tracts: ["42101016902", "42101017202"] },
  { id: "cobbs-creek", name: "Cobbs Creek", mapName: "Cobbs Creek", site: "Cobbs Creek", longitude: -75.2415, latitude: 39.9458, tracts: ["42101008200"] },
  { id: "whitman", name: "Whitman", mapName: "Whitman", site: "Whitman", longitude: -75.1503, latitude: 39.9216, tracts: ["42101004201"] },
  { id: "germantown-southwest", name: "Germantown, Southwest", mapName: "Southwest Germantown", site: "Happy Hollow", longitude: -75.165, latitude: 40.0238, tracts: ["42101024400"] },
  { id: "kingsessing", name: "Kingsessing", mapName: "Kingsessing", site: "Kingsessing", longitude: -75.2155, latitude: 39.9431, tracts: ["42101007400"] },
  { id: "washington-square-west", name: "Washington Square West", mapName: "Washington Square West", site: "Center City", longitude: -75.16, latitude: 39.951, tracts: ["42101000500"] },
];

/** Invented indicators, in the range of Philadelphia tracts; `indicatorIsDemo` marks them. */
export const demoIndicators: Record<string, { households: number; population: number; share: number }> = {
  "42101028100": { households: 1480, population: 4120, share: 0.61 },
  "42101028200": { households: 1630, population: 4570, share: 0.58 },
  "42101016200": { households: 1210, population: 3660, share: 0.55 },
  "42101016100": { households: 1340, population: 3900, share: 0.6 },
  "42101020102": { households: 1120, population: 3010, share: 0.63 },
  "42101016902": { households: 980, population: 2470, share: 0.57 },
  "42101017202": { households: 1050, population: 2610, share: 0.59 },
  "42101008200": { households: 1560, population: 3980, share: 0.68 },
  "42101004201": { households: 1710, population: 3890, share: 0.74 },
  "42101024400": { households: 1390, population: 3320, share: 0.66 },
  "42101007400": { households: 1270, population: 3440, share: 0.64 },
  "42101000500": { households: 2240, population: 3560, share: 0.9 },
};

/** Tract "name" as the Census writes it: 028100 → "281", 020102 → "201.02". */
export function tractName(geoid: string): string {
  const code = geoid.slice(5);
  const whole = String(Number(code.slice(0, 4)));
  return code.endsWith("00") ? whole : `${whole}.${code.slice(4)}`;
}
