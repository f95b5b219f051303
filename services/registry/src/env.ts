import { ConfigurationError } from "@dlhub/subgraph-kit";
import { z } from "zod";
import { DEFAULT_DELIVERY_SETTINGS } from "./webhooks/dispatcher.js";

const PORT = "must be a port number from 0 to 65535";

const shape = z.object({
  REGISTRY_PORT: z.coerce.number({ error: PORT }).int(PORT).min(0, PORT).max(65535, PORT).default(4006),
  REGISTRY_HOST: z.string().min(1).default("0.0.0.0"),
  REGISTRY_DATABASE_URL: z
    .string({ error: "is required (a postgres:// URL of the registry's own database)" })
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL"),
  DLHUB_TOKEN_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  DLHUB_JWKS_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  REGISTRY_WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).max(3_600_000).default(DEFAULT_DELIVERY_SETTINGS.retryBaseMs),
  REGISTRY_WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(DEFAULT_DELIVERY_SETTINGS.maxAttempts),
  REGISTRY_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(DEFAULT_DELIVERY_SETTINGS.timeoutMs),
  // Publishes are refused when they break what clients used in this many days.
  REGISTRY_USAGE_WINDOW_DAYS: z.coerce.number({ error: "must be a whole number of days" }).int().min(1).max(3650).default(30),
});

export type RegistryEnv = z.infer<typeof shape>;

/** The only reader of process.env in the registry service. */
export function readRegistryEnv(source: NodeJS.ProcessEnv = process.env): RegistryEnv {
  const result = shape.safeParse(source);
  const problems = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  // Checked apart from the shape: zod skips object-level rules once a field has failed, and every
  // problem should be listed in one go.
  if (!source.DLHUB_TOKEN_SECRET && !source.DLHUB_JWKS_URL) {
    problems.push("DLHUB_TOKEN_SECRET or DLHUB_JWKS_URL: set one, the development token secret or the identity provider's key set URL");
  }
  if (problems.length > 0 || !result.success) throw new ConfigurationError(problems);
  return result.data;
}
