import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { type AreaGeometry } from "./point-in-polygon";

/**
 * Readers for the City's raw files, written for the test oracle alone: they keep each file's own
 * values (names as the file spells them) and share nothing with the importers, so the acceptance
 * test can hold the hub's answers against the files rather than against the hub's own reading.
 * They fail at once, naming the file and the row, on anything they do not understand.
 */

export interface Area {
  name: string;
  geometry: AreaGeometry;
}

export interface KeyspotListRow {
  organization: string;
  siteAddress: string;
  region: string | null;
  siteType: string;
  longitude: number;
  latitude: number;
}

export interface LibraryLocation {
  /** BRANCH_NAM as written, "(closed)" and all. */
  branchName: string;
  type: string;
  address: string;
  code: string;
  latitude: number;
  longitude: number;
  closed: boolean;
}

export interface ProgramSite {
  objectId: string;
  parkName: string;
  assetId: string;
  programType: string;
  comments: string;
  /** Null when the row has no X/Y. */
  longitude: number | null;
  latitude: number | null;
}

interface Feature {
  properties: Record<string, unknown> | null;
  geometry: { type: string; coordinates: unknown } | null;
}

function readFeatures(file: string): Feature[] {
  const collection = JSON.parse(readFileSync(file, "utf8")) as { type?: string; features?: Feature[] };
  if (collection.type !== "FeatureCollection" || !Array.isArray(collection.features)) throw new Error(`${file}: expected a GeoJSON FeatureCollection`);
  return collection.features;
}

function text(value: unknown, where: string): string {
  if (typeof value !== "string" || value.trim() === "") throw new Error(`${where}: expected text, got ${JSON.stringify(value)}`);
  return value;
}

function decimal(value: unknown, where: string): number {
  const number = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  if (!Number.isFinite(number)) throw new Error(`${where}: expected a number, got ${JSON.stringify(value)}`);
  return number;
}

/** A boundary layer: each feature's name from `nameProperty` and its (Multi)Polygon. */
export function readAreas(file: string, nameProperty: string): Area[] {
  return readFeatures(file).map((feature, i) => {
    const where = `${file} feature ${i}`;
    const geometry = feature.geometry;
    if (!geometry || (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon")) throw new Error(`${where}: expected a Polygon or MultiPolygon`);
    return { name: text(feature.properties?.[nameProperty], `${where} ${nameProperty}`), geometry: geometry as AreaGeometry };
  });
}

/** Philadelphia2035 planning districts, named by DIST_NAME. */
export const readPlanningDistricts = (file: string) => readAreas(file, "DIST_NAME");

/**
 * The neighborhoods layer, named by LISTNAME ("Germantown, East"), the name the hub shows; NAME
 * is an upper-case key (GERMANTOWN_EAST) and MAPNAME the label on a map ("East Germantown").
 */
export const readNeighborhoods = (file: string) => readAreas(file, "LISTNAME");

/** The 2015 KEYSPOT list (CartoDB export): one Point per site. */
export function readKeyspotList(file: string): KeyspotListRow[] {
  return readFeatures(file).map((feature, i) => {
    const where = `${file} feature ${i}`;
    const p = feature.properties ?? {};
    const coordinates = feature.geometry?.type === "Point" ? (feature.geometry.coordinates as unknown[]) : null;
    if (!coordinates) throw new Error(`${where}: expected a Point`);
    return {
      organization: text(p.organization, `${where} organization`),
      siteAddress: text(p.site_address, `${where} site_address`),
      region: typeof p.region === "string" && p.region.trim() !== "" ? p.region : null,
      siteType: text(p.site_type, `${where} site_type`),
      longitude: decimal(coordinates[0], `${where} longitude`),
      latitude: decimal(coordinates[1], `${where} latitude`),
    };
  });
}

/** Rows of a CSV file keyed by header; a UTF-8 byte-order mark before the header is dropped. */
function readCsvRows(file: string, columns: readonly string[]): Record<string, string>[] {
  const rows = parse(readFileSync(file), { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const header = Object.keys(rows[0] ?? {});
  const missing = columns.filter((c) => !header.includes(c));
  if (rows.length > 0 && missing.length > 0) throw new Error(`${file}: missing columns ${missing.join(", ")} (has ${header.join(", ")})`);
  return rows;
}

const CLOSED_BRANCH = /\(closed\)\s*$/i;

/** The Free Library's locations list; a name ending "(closed)" is a closed branch. */
export function readLibraryLocations(file: string): LibraryLocation[] {
  return readCsvRows(file, ["BRANCH_NAM", "TYPE", "ADDRESS", "CPO_CODE", "LAT", "LNG"]).map((row, i) => {
    const where = `${file} row ${i + 2}`;
    const branchName = text(row.BRANCH_NAM, `${where} BRANCH_NAM`);
    return {
      branchName,
      type: text(row.TYPE, `${where} TYPE`),
      address: text(row.ADDRESS, `${where} ADDRESS`),
      code: text(row.CPO_CODE, `${where} CPO_CODE`),
      latitude: decimal(row.LAT, `${where} LAT`),
      longitude: decimal(row.LNG, `${where} LNG`),
      closed: CLOSED_BRANCH.test(branchName),
    };
  });
}

const EARTH_RADIUS_M = 6378137;

/**
 * Spherical ("Web") Mercator metres to degrees, the standard inverse (EPSG:3857 → EPSG:4326).
 * Numbers that already fit in degrees are taken as degrees: no point near Philadelphia is within
 * 180 m of the Mercator origin.
 */
export function lonLatOf(x: number, y: number): { longitude: number; latitude: number } {
  if (Math.abs(x) <= 180 && Math.abs(y) <= 90) return { longitude: x, latitude: y };
  const degrees = 180 / Math.PI;
  return { longitude: (x / EARTH_RADIUS_M) * degrees, latitude: (2 * Math.atan(Math.exp(y / EARTH_RADIUS_M)) - Math.PI / 2) * degrees };
}

/** PPR Program Sites (CSV export, X/Y in degrees or Web Mercator metres). */
export function readProgramSites(file: string): ProgramSite[] {
  return readCsvRows(file, ["X", "Y", "OBJECTID", "PARK_NAME", "DPP_ASSET_ID", "PROGRAM_TYPE", "COMMENTS"]).map((row, i) => {
    const where = `${file} row ${i + 2}`;
    const hasPosition = row.X.trim() !== "" && row.Y.trim() !== "";
    const position = hasPosition ? lonLatOf(decimal(row.X, `${where} X`), decimal(row.Y, `${where} Y`)) : { longitude: null, latitude: null };
    return {
      objectId: row.OBJECTID,
      parkName: text(row.PARK_NAME, `${where} PARK_NAME`),
      assetId: text(row.DPP_ASSET_ID, `${where} DPP_ASSET_ID`),
      programType: text(row.PROGRAM_TYPE, `${where} PROGRAM_TYPE`),
      comments: row.COMMENTS,
      ...position,
    };
  });
}

export interface GrantListRow {
  round: string;
  /** Null on a row announcing a round without naming its grantees: "(8 organizations; names not published)". */
  organization: string | null;
}

/** The curated DLA and KEYSPOT grants list: one row per grant, or per round whose grantees are unnamed. */
export function readGrantList(file: string): GrantListRow[] {
  return readCsvRows(file, ["round", "organization"]).map((row, i) => {
    const where = `${file} row ${i + 2}`;
    const organization = text(row.organization, `${where} organization`).trim();
    return { round: text(row.round, `${where} round`).trim(), organization: /^\(.*\)$/.test(organization) ? null : organization };
  });
}
