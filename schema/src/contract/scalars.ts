import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";

/**
 * Shared scalars. Calendar dates travel as `LocalDate` ("2024-10-28"): an initiative starts on a
 * day, not at an instant, and a time zone must never shift it by one. Moments (a class session's
 * start) are `DateTime` with an offset.
 */
export const LocalDate = LocalDateResolver;
export const DateTime = DateTimeResolver;
