/**
 * How the console writes numbers (console/src/words/numbers.ts), so a test can write the graph's
 * answer the same way and compare it with the screen character for character.
 */
const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 0 });

export const asNumber = (value: number | null | undefined): string => (value == null ? "—" : whole.format(value));

export const asShare = (value: number | null | undefined): string => (value == null ? "—" : percent.format(value));

/** A score as the console rounds it: to one decimal. */
export const asScore = (value: number | null | undefined): string => (value == null ? "—" : asNumber(Math.round(value * 10) / 10));

/** The browser's today as a `LocalDate`, in its own time zone, as the overview asks. */
export function localDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const day = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/** A `LocalDate` ("2025-03-01") as "Mar 1, 2025". */
export const asDate = (value: string | null | undefined): string => (value ? day.format(new Date(`${value}T00:00:00Z`)) : "—");

/**
 * A sum over places as the console writes it beside how many places state it: the sum when all
 * do, "not stated by its 2 KEYSPOT sites" when none does, never a bare 0 for an unknown.
 */
export function asStatedSum(sum: string, places: number, withFigures: number, one: string, many: string): string {
  const counted = (n: number) => `${asNumber(n)} ${n === 1 ? one : many}`;
  if (places === 0) return `No ${one}`;
  if (withFigures === 0) return `Not stated by its ${counted(places)}`;
  if (withFigures === places) return sum;
  return `${sum} at ${asNumber(withFigures)} of ${counted(places)}; the other${places - withFigures === 1 ? " does" : "s do"} not state them`;
}
