import {
  lonLatFromXY,
  oneOf,
  optionalDecimal,
  optionalText,
  requiredText,
  withinPhiladelphia,
  yesNo,
} from "@dlhub/subgraph-kit";
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

/** A recreation centre as the export describes it; the street address is not in the export. */
export type ProgramSite = Omit<RecreationCenter, "address">;

/** The City's program codes, in the words the hub's demo data and descriptions use. */
const PROGRAM_TYPES = {
  PPR_REC: "Recreation Center",
  OLDER_ADULT_CENTER: "Older Adult Center",
  POOL: "Pool",
  ENVIRONMENTAL_EDUCATION_CENTER: "Environmental Education Center",
};

/**
 * The City files playgrounds under PPR_REC too; only the name tells them apart, and the hub
 * shows "Playground" for them as its own data does.
 */
function programType(type: string, name: string): string {
  return type === PROGRAM_TYPES.PPR_REC && /\bplayground\b/i.test(name) ? "Playground" : type;
}

/**
 * COMMENTS is free text; the City starts it with "Closed for Rebuild" or "Closed …" when a site
 * is shut. Anything else ("Gym closed for floor repair", "Seasonal") leaves the site open.
 */
function status(comments: string | null): RecreationCenterStatus {
  if (comments && /^closed for rebuild\b/i.test(comments)) return RecreationCenterStatus.CLOSED_FOR_REBUILD;
  if (comments && /^(temporarily )?closed\b/i.test(comments)) return RecreationCenterStatus.CLOSED_TEMPORARILY;
  return RecreationCenterStatus.OPEN;
}

export const programSiteRow = z
  .object({
    X: optionalDecimal(),
    Y: optionalDecimal(),
    PARK_NAME: requiredText(120),
    DPP_ASSET_ID: requiredText(20),
    PROGRAM_TYPE: oneOf(PROGRAM_TYPES),
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
      siteClass: row.SITE_CLASS,
      building: row.BUILDING,
      gym: row.GYM,
      status: status(row.COMMENTS),
      latitude: position.latitude,
      longitude: position.longitude,
      labelNumber: row.LABEL_NUMBER,
      comments: row.COMMENTS,
      dataSource: row.DATA_SOURCE,
    };
  });
