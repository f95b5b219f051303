import { z } from "zod";

/** The spec's schema coordinates DL Hub records: `Type.field`, `Type.field(arg:)`, `Enum.VALUE`, `Input.field`. */
const NAME = "[_A-Za-z][_0-9A-Za-z]*";
export const COORDINATE_PATTERN = new RegExp(`^${NAME}\\.${NAME}(\\(${NAME}:\\))?$`);

/** A gateway sends at most a few hundred operations per request; these bound one batch's upsert. */
const MAX_OPERATIONS = 1000;
const MAX_COORDINATES = 50_000;

const label = (what: string) => z.string().max(100, `${what} must be at most 100 characters`);

/** A usage batch as POST /usage takes it (UsageReport); refused whole when any part is wrong. */
export const usageReport = z.object({
  operations: z
    .array(
      z.object({
        client: label("client").min(1, "client must not be empty"),
        clientVersion: label("clientVersion"),
        operationName: label("operationName"),
        operationHash: z.string().regex(/^[0-9a-f]{64}$/, "operationHash must be a sha256 in hex"),
        coordinates: z.array(z.string().max(500).regex(COORDINATE_PATTERN, "must be a schema coordinate such as Type.field or Type.field(arg:)")).max(5000),
        count: z.number().int().min(1).max(1_000_000_000),
      }),
    )
    .max(MAX_OPERATIONS, `at most ${MAX_OPERATIONS} operations per batch`)
    .refine((operations) => operations.reduce((sum, o) => sum + o.coordinates.length, 0) <= MAX_COORDINATES, `at most ${MAX_COORDINATES} coordinates per batch`),
  dropped: z.number().int().min(0),
});

/** GET /usage's query: how many days back (the registry's window by default) and which subgraph. */
export const usageQuery = z.object({
  days: z
    .string()
    .regex(/^\d{1,4}$/, "days must be a whole number of days")
    .transform(Number)
    .pipe(z.number().int().min(1, "days must be at least 1").max(3650, "days must be at most 3650"))
    .optional(),
  subgraph: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, "subgraph must be a subgraph name").optional(),
});
