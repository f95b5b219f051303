import { oneOf, requiredDecimal, requiredText, withinPhiladelphia } from "@dlhub/subgraph-kit";
import { z } from "zod";
import { BranchType, type LibraryBranch } from "../branches/library-branch.entity.js";
import { titleCase } from "./title-case.js";

/** The columns of the City's Free Library locations layer (CSV; the GeoJSON has the first four as properties). */
export const LIBRARY_LOCATION_COLUMNS = ["BRANCH_NAM", "TYPE", "ADDRESS", "CPO_CODE", "LAT", "LNG"] as const;

/** A branch as the location list describes it; public computers are not in the list. */
export type LibraryLocation = Required<Pick<LibraryBranch, "code" | "name" | "type" | "typeCode" | "address" | "latitude" | "longitude" | "closed">>;

/** The list's TYPE values, each with the branch type it means; the hub keeps the text as well. */
const TYPES = { Branch: BranchType.BRANCH, Central: BranchType.CENTRAL, "Special Agencies": BranchType.SPECIAL_AGENCY };
const typeCell = oneOf(Object.fromEntries(Object.entries(TYPES).map(([typeCode, type]) => [typeCode, { typeCode, type }])));

const CLOSED = /\s*\(closed\)\s*$/i;

/** The layer calls the regional libraries plain "Branch" and only the name says "REGIONAL - …". */
function branchType(type: BranchType, name: string): BranchType {
  return type === BranchType.BRANCH && /^regional\b/i.test(name) ? BranchType.REGIONAL : type;
}

export const libraryLocationRow = z
  .object({
    BRANCH_NAM: requiredText(120),
    TYPE: typeCell,
    ADDRESS: requiredText(200),
    CPO_CODE: requiredText(20).pipe(z.string().regex(/^\d+$/, "is not a branch code (digits only)")),
    LAT: requiredDecimal(),
    LNG: requiredDecimal(),
  })
  .superRefine((row, context) => {
    if (!withinPhiladelphia(row.LNG, row.LAT)) context.addIssue({ code: "custom", path: ["LAT"], message: `LAT/LNG (${row.LAT}, ${row.LNG}) is not in Philadelphia` });
  })
  .transform(
    (row): LibraryLocation => ({
      code: row.CPO_CODE,
      name: titleCase(row.BRANCH_NAM.replace(CLOSED, "")),
      type: branchType(row.TYPE.type, row.BRANCH_NAM),
      typeCode: row.TYPE.typeCode,
      address: titleCase(row.ADDRESS),
      latitude: row.LAT,
      longitude: row.LNG,
      closed: CLOSED.test(row.BRANCH_NAM),
    }),
  );
