import { type Placement, Locator, OUTSIDE, sortedUnique } from "@dlhub/subgraph-kit/testing";
import {
  type Area,
  type KeyspotListRow,
  type LibraryLocation,
  type ProgramSite,
  readKeyspotList,
  readLibraryLocations,
  readNeighborhoods,
  readPlanningDistricts,
  readProgramSites,
} from "@dlhub/subgraph-kit/testing";

/** The raw files the oracle answers from. */
export interface OracleFiles {
  planningDistricts: string;
  neighborhoods: string;
  keyspots: string;
  libraryLocations: string;
  programSites: string;
}

export interface OracleInputs {
  planningDistricts: Area[];
  neighborhoods: Area[];
  keyspots: KeyspotListRow[];
  libraryLocations: LibraryLocation[];
  programSites: ProgramSite[];
}

export interface ProgramSitePlacement extends Placement {
  assetId: string;
  parkName: string;
  typeCode: string;
}

/** Counts by key, keys sorted, only keys that occur: `toEqual` then shows a wrong count by name. */
export type Counts = Record<string, number>;

export interface PlaceAnswers {
  keyspotsPerDistrict: Counts;
  keyspotsPerTypeCode: Counts;
  openBranchesPerDistrict: Counts;
  neighborhoodsWithKeyspot: string[];
  neighborhoodsWithOpenBranchNoKeyspot: string[];
  programSites: ProgramSitePlacement[];
  /** Points that more than one shape of a layer contains (overlapping outlines), described. */
  ambiguous: string[];
}

export function readOracleInputs(files: OracleFiles): OracleInputs {
  return {
    planningDistricts: readPlanningDistricts(files.planningDistricts),
    neighborhoods: readNeighborhoods(files.neighborhoods),
    keyspots: readKeyspotList(files.keyspots),
    libraryLocations: readLibraryLocations(files.libraryLocations),
    programSites: readProgramSites(files.programSites),
  };
}

/** Counts from (key, count) pairs, adding up repeated keys and leaving zeros out. */
export function countsOf(entries: Iterable<readonly [string, number]>): Counts {
  const counts = new Map<string, number>();
  for (const [key, count] of entries) counts.set(key, (counts.get(key) ?? 0) + count);
  return Object.fromEntries([...counts].filter(([, count]) => count !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export const countBy = <T>(items: readonly T[], key: (item: T) => string): Counts => countsOf(items.map((item) => [key(item), 1] as const));


/** The coordinator's place questions, answered from the raw files alone. */
export function computePlaceAnswers(inputs: OracleInputs): PlaceAnswers {
  const locator = new Locator(inputs);
  const keyspots = inputs.keyspots.map((k) => ({ ...k, at: locator.locate(`KEYSPOT ${k.organization}`, k.longitude, k.latitude) }));
  const openBranches = inputs.libraryLocations
    .filter((b) => !b.closed)
    .map((b) => ({ ...b, at: locator.locate(`branch ${b.branchName}`, b.longitude, b.latitude) }));
  const withKeyspot = new Set(keyspots.map((k) => k.at.neighborhood).filter((n) => n !== OUTSIDE));
  return {
    keyspotsPerDistrict: countBy(keyspots, (k) => k.at.district),
    keyspotsPerTypeCode: countBy(keyspots, (k) => k.siteType),
    openBranchesPerDistrict: countBy(openBranches, (b) => b.at.district),
    neighborhoodsWithKeyspot: sortedUnique(withKeyspot),
    neighborhoodsWithOpenBranchNoKeyspot: sortedUnique(openBranches.map((b) => b.at.neighborhood).filter((n) => n !== OUTSIDE && !withKeyspot.has(n))),
    programSites: inputs.programSites.map((s) => ({
      assetId: s.assetId,
      parkName: s.parkName,
      typeCode: s.programType,
      ...locator.locate(`PPR site ${s.assetId} ${s.parkName}`, s.longitude, s.latitude),
    })),
    ambiguous: locator.ambiguous,
  };
}

/** The fields a real place must carry, worked out from its source row. */
export interface ExpectedPlaceFields {
  name: string;
  address: string | null;
  latitude: number;
  longitude: number;
  status: string;
  typeCode: string;
  sourceDataset: string;
}

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();
const CITY_SUFFIX = /[\s,]+Philadelphia,?( PA)?( \d{5}(-\d{4})?)?$/i;
const CITY_PREFIX = /^Philadelphia,?( PA)?( \d{5}(-\d{4})?)?\s+/i;

/**
 * A 2015 list row as the hub shows it: the IT importer keeps the street of `site_address`, the
 * free text wrapping "Philadelphia PA" before or after it (see services/it keyspot-row.ts).
 */
export function expectedKeyspotFields(row: KeyspotListRow, sourceDataset: string): ExpectedPlaceFields {
  const street = collapse(row.siteAddress).replace(CITY_PREFIX, "").replace(CITY_SUFFIX, "").trim();
  return {
    name: collapse(row.organization),
    address: street === "" ? null : street,
    latitude: row.latitude,
    longitude: row.longitude,
    status: "OPEN",
    typeCode: row.siteType,
    sourceDataset,
  };
}

const SMALL_WORDS = new Set(["and", "of", "the", "de"]);

/**
 * The Free Library's capitals as people write them, as the libraries importer shows them (see
 * services/libraries title-case.ts): every word capitalised where it starts (not after a digit,
 * so "05th"), "Mc" names capitalised after the prefix too, and/of/the/de lower case inside a name.
 */
export function asPeopleWriteIt(text: string): string {
  const words = collapse(text).toLowerCase().split(" ");
  return words
    .map((word, i) => {
      if (i > 0 && i < words.length - 1 && SMALL_WORDS.has(word)) return word;
      return word.replace(/(^|[^a-z0-9'])([a-z])/g, (_m, before: string, letter: string) => before + letter.toUpperCase()).replace(/\bMc([a-z])/g, (_m, letter: string) => `Mc${letter.toUpperCase()}`);
    })
    .join(" ");
}

/** A Free Library row as the hub shows it: "(closed)" leaves the name and makes it CLOSED. */
export function expectedLibraryFields(row: LibraryLocation, sourceDataset: string): ExpectedPlaceFields {
  return {
    name: asPeopleWriteIt(row.branchName.replace(/\s*\(closed\)\s*$/i, "")),
    address: asPeopleWriteIt(row.address),
    latitude: row.latitude,
    longitude: row.longitude,
    status: row.closed ? "CLOSED" : "OPEN",
    typeCode: collapse(row.type),
    sourceDataset,
  };
}
