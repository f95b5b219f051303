import { anyCause } from "./unavailable.js";

/**
 * SQLSTATEs of class 22 (data exception) that only a value can cause: a string too long for its
 * column (22001), a number out of its type's range (22003), a date or time PostgreSQL cannot read or
 * hold (22007, 22008: the year 0, say), a NUL or other character text cannot hold (22021, 22P05),
 * text that is not a number or UUID (22P02). Division by zero and the rest of the class stay
 * internal errors: they point at our SQL, not at what a caller sent.
 */
const VALUE_SQLSTATE = new Set(["22001", "22003", "22007", "22008", "22021", "22P02", "22P05"]);

/**
 * Whether the database refused a statement for a value in it. Resolvers check the arguments they
 * know to be risky; this is the net under them, so a value that slips past them (an ID with a NUL
 * byte, the year 0) is told as the caller's BAD_USER_INPUT rather than our INTERNAL_SERVER_ERROR.
 */
export function isRefusedValue(error: unknown): boolean {
  return anyCause(error, ({ code }) => typeof code === "string" && VALUE_SQLSTATE.has(code));
}
