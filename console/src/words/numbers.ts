// How numbers and dates read on screen: US English, thousands separated, dates written out.

const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 0 });
const day = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const moment = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });
const relative = new Intl.RelativeTimeFormat("en-US", { numeric: "auto" });

export const formatNumber = (value: number | null | undefined): string => (value == null ? "—" : whole.format(value));

/** A 0..1 share as "64%"; a dash when unknown. */
export const formatShare = (value: number | null | undefined): string => (value == null ? "—" : percent.format(value));

/** A `LocalDate` ("2025-03-01") as "Mar 1, 2025"; read at UTC so no time zone moves the day. */
export const formatDate = (value: string | null | undefined): string => (value ? day.format(new Date(`${value}T00:00:00Z`)) : "—");

export const formatDateTime = (value: string | null | undefined): string => (value ? moment.format(new Date(value)) : "never");

/** "2 minutes ago", "in 3 days". */
export function formatAgo(value: string | null | undefined, now = Date.now()): string {
  if (!value) return "never";
  const seconds = Math.round((new Date(value).getTime() - now) / 1000);
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ["day", 86_400],
    ["hour", 3_600],
    ["minute", 60],
  ];
  for (const [unit, size] of steps) if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  return relative.format(seconds, "second");
}

/** Today as a `LocalDate` in the browser's own time zone (the coordinator's working day). */
export function today(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A sum of what the places' sources state, read with how many places it speaks for: "30",
 * "30 at 2 of 3 open places; the other does not state them", "not stated by its 2 open
 * places". A sum over places that state nothing is unknown, never written as 0.
 */
export function formatStatedSum(sum: string, places: number, withFigures: number, [one, many]: [string, string]): string {
  if (places === 0) return `no ${one}`;
  const counted = (n: number) => `${formatNumber(n)} ${n === 1 ? one : many}`;
  if (withFigures === 0) return `not stated by its ${counted(places)}`;
  if (withFigures === places) return sum;
  const rest = places - withFigures === 1 ? "the other does not state them" : "the others do not state them";
  return `${sum} at ${formatNumber(withFigures)} of ${counted(places)}; ${rest}`;
}
