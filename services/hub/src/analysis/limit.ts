import { badUserInput } from "@dlhub/subgraph-kit";

/** Refuses a `limit` argument outside 1..max, naming the argument and the bounds. */
export function checkLimit(limit: number, max: number, argument = "limit"): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw badUserInput(`\`${argument}\` must be between 1 and ${max}, got ${limit}`, argument);
  }
}
