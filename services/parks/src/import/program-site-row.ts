import {
  lonLatFromXY,
  oneOf,
  optionalDecimal,
  optionalText,
  requiredText,
  withinPhiladelphia,
  yesNo,
} from "@dlhub/subgraph-kit";
import { type PlaceRecord } from "@dlhub/schema";
import { z } from "zod";
import { type RecreationCenter, RecreationCenterStatus } from "../recreation-centers/recreation-center.entity.js";

/** The columns of the City's "PPR Program Sites" export this importer reads (OBJECTID is not kept). */
export const PROGRAM_SITE_COLUMNS = [
  "X",
  "Y",
  "PARK_NAME",
  "DPP_ASSET_ID",
  "PROGRAM_TYPE",
  "SITE_CLASS",
  "BUILDING",
  "GYM",
  "LABEL_NUMBER",
  "COMMENTS",
  "DATA_SOURCE",
] as const;

/** A recreation centre as the export describes it; the street address is not in the export, the provenance is the import's. */
export type ProgramSite = Omit<RecreationCenter, "address" | "programTypeCode" | keyof PlaceRecord> & { programTypeCode: ProgramTypeCode };

/** The City's program codes, in the words the hub's demo data and descriptions use. */
const PROGRAM_TYPES = {
  PPR_REC: "Recreation Center",
  OLDER_ADULT_CENTER: "Older Adult Center",
  POOL: "Pool",
  ENVIRONMENTAL_EDUCATION_CENTER: "Environmental Education Center",
} as const;
type ProgramTypeCode = keyof typeof PROGRAM_TYPES;

// The cell is checked against the codes but kept as the code: the hub's places publish the
// source's own type code beside the words.
const PROGRAM_TYPE_CODES = Object.fromEntries(Object.keys(PROGRAM_TYPES).map((code) => [code, code])) as Record<ProgramTypeCode, ProgramTypeCode>;

/**
 * The City files playgrounds under PPR_REC too; only the name tells them apart, and the hub
 * shows "Playground" for them as its own data does.
 */
function programType(code: ProgramTypeCode, name: string): string {
  return code === "PPR_REC" && /\bplayground\b/i.test(name) ? "Playground" : PROGRAM_TYPES[code];
}

// Hyphens inside words ("re-build", "L&I") do not break a clause; a spaced dash does ("Closed - …").
const CLAUSE_BREAK = /[.;:,!?()"\n]+|\s+[-–—]+\s*|[–—]/;

/** Parts of a site that can close while the site stays open. */
const PART =
  /\b(gym(nasium)?s?|pools?|spray ?grounds?|splash pads?|playgrounds?|tot lots?|rest ?rooms?|bathrooms?|locker ?rooms?|kitchens?|labs?|auditoriums?|(ball ?)?fields?|courts?|rinks?|tracks?|parking( lots?)?|rooms?|wings?|pavilions?|stages?|fitness cent(er|re)s?)\b/;

/** A closing word, unless it gives opening hours ("Closed Sundays", "closed on holidays"). */
const CLOSING = new RegExp(
  String.raw`\b(closed|closure|shut)\b(?!\s+(on\s+)?((mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|holidays?|evenings?|mornings?|nights?)\b)` +
    String.raw`|\bre-?build(ing)?\b|\bunder construction\b`,
  "g",
);

/** A clause closes the site when a closing word has no part, "not" or "open" before it. */
function closesSite(clause: string): boolean {
  return [...clause.matchAll(CLOSING)].some((match) => {
    const before = clause.slice(0, match.index);
    return !PART.test(before) && !/\b(not|no longer|never|open)\b/.test(before);
  });
}

/**
 * COMMENTS is free text, so a closure is read from what each clause says is closed. "Closed",
 * "Site closed" or the site's own name before "closed" close the site; a part named first ("Gym
 * closed for floor repair", "Pool closed", "restrooms closed") does not, nor do "not closed",
 * opening hours ("Closed Sundays") or a past rebuild ("Reopened 2023 after Rebuild").
 * "Rebuild" and "under construction" close a site by themselves: the City writes them for a site
 * shut for building work, and docs/places.md reads them so for every file.
 *
 * How long comes from every clause except those only about a part: "permanently" first (the
 * site will not come back), then rebuild, renovation or construction (a reason says more than
 * "temporarily"), then "temporarily", "until …", "for the season", "reopens …"; any other
 * closure of the site ("Closed", "Closed - pump failure", "closed per L&I") is CLOSED.
 */
export function siteStatus(comments: string | null, siteName = ""): RecreationCenterStatus {
  let text = (comments ?? "").toLowerCase();
  // "Kelly Pool closed" closes Kelly Pool; only a part named on its own is a part.
  if (siteName) text = text.split(siteName.toLowerCase()).join("site");
  const clauses = text.split(CLAUSE_BREAK).filter((clause) => !/\bre-?opened\b/.test(clause));
  const closing = clauses.filter(closesSite);
  if (closing.length === 0) return RecreationCenterStatus.OPEN;
  const said = clauses.filter((clause) => closing.includes(clause) || !PART.test(clause)).join(" ");
  if (/\bpermanent(ly)?\b/.test(said)) return RecreationCenterStatus.CLOSED;
  if (/\bre-?build(ing)?\b|\brenovat(e|ed|ion|ions|ing)\b|\bconstruction\b/.test(said)) return RecreationCenterStatus.CLOSED_FOR_REBUILD;
  if (/\btemporar(y|ily)\b|\buntil\b|\bfor (the )?(season|winter)\b|\bseasonal(ly)?\b|\bre-?open(s|ing)?\b/.test(said)) {
    return RecreationCenterStatus.CLOSED_TEMPORARILY;
  }
  return RecreationCenterStatus.CLOSED;
}

export const programSiteRow = z
  .object({
    X: optionalDecimal(),
    Y: optionalDecimal(),
    PARK_NAME: requiredText(120),
    DPP_ASSET_ID: requiredText(20),
    PROGRAM_TYPE: oneOf(PROGRAM_TYPE_CODES),
    SITE_CLASS: oneOf({ A: "A", B: "B", S: "S" }),
    BUILDING: yesNo(),
    GYM: yesNo(),
    LABEL_NUMBER: optionalText(20),
    COMMENTS: optionalText(500),
    DATA_SOURCE: optionalText(120),
  })
  .superRefine((row, context) => {
    if ((row.X === null) !== (row.Y === null)) context.addIssue({ code: "custom", path: [row.X === null ? "X" : "Y"], message: "is blank while the other coordinate is not" });
    if (row.X !== null && row.Y !== null) {
      const { longitude, latitude } = lonLatFromXY(row.X, row.Y);
      if (!withinPhiladelphia(longitude, latitude)) {
        context.addIssue({ code: "custom", path: ["X"], message: `X/Y (${row.X}, ${row.Y}) is not in Philadelphia as degrees or Web Mercator metres` });
      }
    }
    // The table's own rule: a gym is part of a building.
    if (row.GYM && !row.BUILDING) context.addIssue({ code: "custom", path: ["GYM"], message: "is Y but BUILDING is N" });
  })
  .transform((row): ProgramSite => {
    const position = row.X !== null && row.Y !== null ? lonLatFromXY(row.X, row.Y) : { longitude: null, latitude: null };
    return {
      assetId: row.DPP_ASSET_ID,
      name: row.PARK_NAME,
      programType: programType(row.PROGRAM_TYPE, row.PARK_NAME),
      programTypeCode: row.PROGRAM_TYPE,
      siteClass: row.SITE_CLASS,
      building: row.BUILDING,
      gym: row.GYM,
      status: siteStatus(row.COMMENTS, row.PARK_NAME),
      latitude: position.latitude,
      longitude: position.longitude,
      labelNumber: row.LABEL_NUMBER,
      comments: row.COMMENTS,
      dataSource: row.DATA_SOURCE,
    };
  });
