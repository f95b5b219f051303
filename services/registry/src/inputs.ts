import { badRequest } from "@dlhub/schema";
import { z } from "zod";

/**
 * Every value a caller hands the registry is checked here, by the library and the HTTP service
 * alike, so a bad name or URL is refused with the same sentence whichever way it arrives.
 */

/** Subgraph and client names: they become URL segments, log fields and the contract's detail field. */
export const NAME_PATTERN = /^[a-z][a-z0-9-]{1,40}$/;

const name = (what: string) =>
  z.string().regex(NAME_PATTERN, `${what} must be 2–41 characters of a-z, 0-9 and '-', starting with a letter`);

export const subgraphName = name("a subgraph name");
export const clientName = name("a client name");

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
};

// The HTTP body limit is 2 MB; an SDL near it is already far larger than any department's.
const MAX_DOCUMENT = 1_500_000;

export const subgraphInput = z.object({
  // Kept byte for byte (no trimming): its hash must equal the hash of the file the developer sent.
  sdl: z.string().max(MAX_DOCUMENT, "sdl is too large").refine((sdl) => sdl.trim() !== "", "sdl must not be empty"),
  routingUrl: z.string().max(2000).refine(isHttpUrl, "routingUrl must be an http:// or https:// URL"),
});

export const operationList = z.object({
  operations: z
    .array(
      z.object({
        name: z.string().trim().min(1, "an operation name must not be empty").max(100),
        document: z.string().min(1, "a document must not be empty").max(MAX_DOCUMENT),
      }),
    )
    .max(2000),
});

export const rollbackInput = z.object({
  version: z.number().int().positive(),
});

/** The parsed value, or a BAD_REQUEST listing every problem (not only the first). */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message));
  throw badRequest(`Invalid ${what}: ${problems.join("; ")}`);
}
