import { Audience, type InitiativeContract, InitiativeStatus, Language, Pillar } from "@dlhub/schema";
import { z } from "zod";
import { hasControlCharacters } from "../text.js";
import { badUserInput } from "../errors.js";

/** The contract fields a department editor may change; slug and kind name what the initiative is and stay. */
export type InitiativeChanges = Partial<Pick<InitiativeContract, "title" | "summary" | "status" | "audiences" | "languages" | "pillars" | "startDate" | "endDate">>;

export const MAX_TITLE = 200;
export const MAX_SUMMARY = 4000;

// A title allows no control character, a summary its line breaks and tabs.
const refusedInTitle = (value: string) => hasControlCharacters(value);
const refusedInSummary = (value: string) => hasControlCharacters(value, { lineBreaks: true });

const text = (max: number, refused: (value: string) => boolean) =>
  z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`)
    .refine((value) => !refused(value), "must not contain control characters");

// Line breaks are kept, in one form.
const summaryText = z
  .string()
  .transform((value) => value.replace(/\r\n?/g, "\n"))
  .pipe(text(MAX_SUMMARY, refusedInSummary));

const distinct = <T extends string>(values: Record<string, T>) =>
  z
    .array(z.enum(values))
    .refine((list) => new Set(list).size === list.length, "must not repeat a value");

const changesSchema = z.object({
  title: text(MAX_TITLE, refusedInTitle).optional(),
  summary: summaryText.optional(),
  status: z.enum(InitiativeStatus).optional(),
  audiences: distinct(Audience).optional(),
  languages: distinct(Language).optional(),
  pillars: distinct(Pillar).optional(),
  startDate: z.iso.date("must be a date (YYYY-MM-DD)").optional(),
  endDate: z.iso.date("must be a date (YYYY-MM-DD)").nullable().optional(),
});

/**
 * The changes an editor asked for, checked field by field; throws BAD_USER_INPUT naming the
 * first field at fault (and every problem in the message). A field left out stays as it is;
 * `endDate: null` clears the end date.
 */
export function parseInitiativeChanges(input: Record<string, unknown>): InitiativeChanges {
  const fields = Object.fromEntries(Object.entries(input).filter(([key, value]) => key in changesSchema.shape && value !== undefined));
  const result = changesSchema.safeParse(fields);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw badUserInput(problems.join("; "), String(result.error.issues[0].path[0]));
  }
  const changes = Object.fromEntries(Object.entries(result.data).filter(([, value]) => value !== undefined)) as InitiativeChanges;
  if (Object.keys(changes).length === 0) throw badUserInput("name at least one field to change", "input");
  return changes;
}

/** The dates as they will be after the change must still make sense: no end before the start. */
export function checkDates(after: Pick<InitiativeContract, "startDate" | "endDate">, changes: InitiativeChanges): void {
  if (after.endDate !== null && after.endDate < after.startDate) {
    const field = changes.endDate !== undefined ? "endDate" : "startDate";
    throw badUserInput(`${field}: the end date ${after.endDate} is before the start date ${after.startDate}`, field);
  }
}
