import { DEMO_KEY_PREFIX } from "@dlhub/schema";
import { oneOf, optionalInteger, optionalText, optionalUrl, requiredInteger, requiredText, slugify } from "@dlhub/subgraph-kit";
import { z } from "zod";
import { DLA_GRANTS, KEYSPOT_NETWORK } from "../initiatives.js";

/** The columns of the curated grants file (shared/data/phl/dla_and_keyspot_grants_curated.csv). */
export const GRANT_COLUMNS = [
  "program",
  "round",
  "year_announced",
  "funder",
  "focus",
  "organization",
  "amount_usd",
  "grant_type",
  "project_summary",
  "source_url",
] as const;

/** One row: the round it belongs to, and the award, when the row names a grantee. */
export interface GrantRow {
  program: string;
  initiativeSlug: string;
  round: {
    slug: string;
    name: string;
    year: number;
    funder: string;
    /** The round's theme when its name gives one: `Round 3 (2020 Census / Philly Counts)`. */
    theme: string | null;
    /** The row's `focus`: on a round's first row, notes on the whole call. */
    notes: string | null;
  };
  grant: {
    granteePartnerSlug: string;
    granteeName: string;
    amountUsd: number | null;
    grantType: string | null;
    projectSummary: string;
    sourceUrl: string | null;
  } | null;
}

/** Each program's grants attach to the OIT initiative that runs it. */
const PROGRAMS = {
  "Digital Literacy Alliance": { program: "Digital Literacy Alliance", initiativeSlug: DLA_GRANTS },
  "KEYSPOT network grants": { program: "KEYSPOT network grants", initiativeSlug: KEYSPOT_NETWORK },
};

/** A round announced without its grantees has one row, whose organization is a note in brackets. */
const UNNAMED_GRANTEES = /^\(.*\)$/;

export const grantRow = z
  .object({
    program: oneOf(PROGRAMS),
    round: requiredText(200),
    year_announced: requiredInteger(2010, 2100),
    funder: requiredText(200),
    focus: optionalText(2000),
    organization: requiredText(200),
    amount_usd: optionalInteger(1, 100_000_000),
    grant_type: optionalText(200),
    project_summary: optionalText(5000),
    source_url: optionalUrl(500),
  })
  .superRefine((row, context) => {
    if (slugify(row.round) === "") context.addIssue({ code: "custom", path: ["round"], message: "has no letters or digits to make a key from" });
    if (slugify(row.round).startsWith(DEMO_KEY_PREFIX)) {
      context.addIssue({ code: "custom", path: ["round"], message: `makes a key starting with "${DEMO_KEY_PREFIX}", which only demo data uses` });
    }
    if (UNNAMED_GRANTEES.test(row.organization)) {
      if (row.amount_usd !== null) context.addIssue({ code: "custom", path: ["amount_usd"], message: "is given for a row that names no grantee" });
    } else if (row.project_summary === null) {
      context.addIssue({ code: "custom", path: ["project_summary"], message: "is blank" });
    }
  })
  .transform(
    (row): GrantRow => ({
      ...row.program,
      round: {
        slug: slugify(row.round),
        name: row.round,
        year: row.year_announced,
        funder: row.funder,
        theme: /\(([^)]+)\)\s*$/.exec(row.round)?.[1]?.trim() ?? null,
        notes: row.focus,
      },
      grant: UNNAMED_GRANTEES.test(row.organization)
        ? null
        : {
            granteePartnerSlug: slugify(row.organization),
            granteeName: row.organization,
            amountUsd: row.amount_usd,
            grantType: row.grant_type,
            projectSummary: row.project_summary as string,
            sourceUrl: row.source_url,
          },
    }),
  );
