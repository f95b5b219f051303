import { z } from "zod";
import { collapseWhitespace } from "./text.js";

/**
 * zod schemas for the cells of a source row. CSV gives strings, GeoJSON properties give strings,
 * numbers or null, so each schema takes any of them and says in a person's words what is wrong
 * ("is blank", "is not a whole number: \"12a\""). Used in a z.object keyed by the source's own
 * column names, a problem reads `amount_usd: is not a whole number: "25k"`.
 */

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (reason: string): Parsed<never> => ({ ok: false, reason });

/** The cell as trimmed text; undefined when the column or property is absent. */
function cellText(input: unknown): string | undefined {
  if (input === undefined || input === null) return input === null ? "" : undefined;
  return collapseWhitespace(typeof input === "string" ? input : typeof input === "object" ? JSON.stringify(input) : String(input));
}

function cell<T>(parse: (text: string) => Parsed<T>, blank: () => Parsed<T>) {
  // `.optional()` so an absent column or property reaches the transform (and reads "is missing").
  return z.unknown().optional().transform((input, context) => {
    const text = cellText(input);
    const result = text === undefined || text === "" ? (text === undefined ? missingOr(blank) : blank()) : parse(text);
    if (result.ok) return result.value;
    context.addIssue({ code: "custom", message: result.reason });
    return z.NEVER;
  });
}

const missingOr = <T>(blank: () => Parsed<T>): Parsed<T> => {
  const result = blank();
  return result.ok ? result : bad("is missing");
};
const required = (): Parsed<never> => bad("is blank");
const nullable = (): Parsed<null> => ok(null);
const quote = (text: string) => JSON.stringify(text);

const lengthChecked = (max: number) => (text: string) => (text.length > max ? bad(`is longer than ${max} characters`) : ok(text));

/** Text, whitespace collapsed, at most `max` characters (the column's width). */
export const requiredText = (max: number) => cell(lengthChecked(max), required);
export const optionalText = (max: number) => cell<string | null>(lengthChecked(max), nullable);

function parseInteger(min: number, max: number) {
  return (text: string): Parsed<number> => {
    // Money and counts are often exported as "$25,000"; the symbols carry no meaning here.
    const plain = text.replace(/^\$/, "").replace(/,(?=\d{3}\b)/g, "");
    if (!/^-?\d+$/.test(plain)) return bad(`is not a whole number: ${quote(text)}`);
    const value = Number(plain);
    return value < min || value > max ? bad(`${value} is outside ${min}..${max}`) : ok(value);
  };
}

export const requiredInteger = (min: number, max: number) => cell(parseInteger(min, max), required);
export const optionalInteger = (min: number, max: number) => cell<number | null>(parseInteger(min, max), nullable);

function parseDecimal(text: string): Parsed<number> {
  const value = Number(text);
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) && Number.isFinite(value) ? ok(value) : bad(`is not a number: ${quote(text)}`);
}

export const requiredDecimal = () => cell(parseDecimal, required);
export const optionalDecimal = () => cell<number | null>(parseDecimal, nullable);

/** The City's Y/N flags. */
export const yesNo = () =>
  cell((text) => {
    const upper = text.toUpperCase();
    if (upper === "Y" || upper === "YES") return ok(true);
    if (upper === "N" || upper === "NO") return ok(false);
    return bad(`must be Y or N, not ${quote(text)}`);
  }, required);

/** One of a fixed list of source codes, matched exactly, mapped to the hub's value. */
export const oneOf = <T>(values: Record<string, T>) =>
  cell((text) => (Object.hasOwn(values, text) ? ok(values[text] as T) : bad(`must be one of ${Object.keys(values).join(", ")}, not ${quote(text)}`)), required);

/** An http(s) link, e.g. a row's source; blank is allowed. */
export const optionalUrl = (max: number) =>
  cell<string | null>((text) => (/^https?:\/\/\S+$/.test(text) ? lengthChecked(max)(text) : bad(`is not an http(s) URL: ${quote(text)}`)), nullable);
