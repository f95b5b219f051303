import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { GraphQLScalarType } from "graphql";

/**
 * Shared scalars. Calendar dates travel as `LocalDate` ("2024-10-28"): an initiative starts on a
 * day, not at an instant, and a time zone must never shift it by one. Moments (a class session's
 * start) are `DateTime` with an offset.
 *
 * `LocalDate` is graphql-scalars' own, answering a calendar date it is handed without building a
 * Date to check it (a regular expression, a Date and its ISO text per value: a catalog page's
 * forty dates were 1–2% of its CPU). Anything else goes to graphql-scalars, which accepts or
 * refuses it as it always has.
 */
export const LocalDate = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  serialize: (value) => (isCalendarDate(value) ? value : LocalDateResolver.serialize(value)),
});
export const DateTime = DateTimeResolver;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `YYYY-MM-DD` naming a day of the (proleptic Gregorian) calendar. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string" || value.length !== 10 || value[4] !== "-" || value[7] !== "-") return false;
  const digits = (from: number, to: number) => {
    let number = 0;
    for (let at = from; at < to; at++) {
      const code = value.charCodeAt(at) - 48;
      if (code < 0 || code > 9) return -1;
      number = number * 10 + code;
    }
    return number;
  };
  const year = digits(0, 4);
  const month = digits(5, 7);
  const day = digits(8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}
