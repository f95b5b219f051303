import { defaultPort } from "@dlhub/schema";
import { z } from "zod";
import { logLevel, parseEnv, port, postgresUrl } from "./env.js";

/**
 * A department service's settings, prefixed with its name in capitals (LIBRARIES_PORT, …) so one
 * environment can hold every service's settings, as docker compose and the local hub do.
 *
 * The database is `<NAME>_DATABASE_URL` when set; otherwise the department's own database
 * (`dlhub_<name>`) on the server of `DATABASE_URL`, created when missing.
 *
 * The port defaults to the one schema/subgraphs.json gives the service; a service it does not list
 * must be given `<NAME>_PORT`.
 */
export function departmentEnv(name: string, source: NodeJS.ProcessEnv = process.env) {
  const prefix = envPrefix(name);
  const listedPort = defaultPort(name);
  const env = parseEnv(
    {
      [`${prefix}_DATABASE_URL`]: postgresUrl.optional(),
      DATABASE_URL: postgresUrl.optional(),
      [`${prefix}_PORT`]: listedPort === undefined ? unlistedPort : port(listedPort),
      [`${prefix}_HOST`]: z.string().default("0.0.0.0"),
      [`${prefix}_SEED_DEMO_DATA`]: z.enum(["true", "false"]).default("false"),
      // Shared with the gateway, which signs the identities it forwards with it; without it every request is anonymous.
      DLHUB_FORWARDING_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
      LOG_LEVEL: logLevel,
      NODE_ENV: z.string().optional(),
    },
    source,
  ) as Record<string, string | number | undefined>;
  const own = env[`${prefix}_DATABASE_URL`] as string | undefined;
  const server = env.DATABASE_URL as string | undefined;
  if (!own && !server) {
    parseEnv({ [`${prefix}_DATABASE_URL or DATABASE_URL`]: postgresUrl }, {});
  }
  return {
    /** A full database URL, or else a server URL on which the department's database is created. */
    database: own ? ({ kind: "database", url: own } as const) : ({ kind: "server", url: server as string } as const),
    port: env[`${prefix}_PORT`] as number,
    host: env[`${prefix}_HOST`] as string,
    seed: env[`${prefix}_SEED_DEMO_DATA`] === "true",
    forwardingSecret: env.DLHUB_FORWARDING_SECRET as string | undefined,
    logLevel: env.LOG_LEVEL as string,
    /** Production never falls back to a development secret. */
    production: env.NODE_ENV === "production",
  };
}

export type DepartmentEnv = ReturnType<typeof departmentEnv>;

// Never defaults: without a listed port two services could silently claim the same one.
const unlistedPort = z
  .unknown()
  .refine((value): boolean => value !== undefined, "required: schema/subgraphs.json lists no default port for this service")
  .pipe(port(0));

const envPrefix = (name: string) => name.toUpperCase().replace(/-/g, "_");

/** Every variable a department service reads, for checks of deployment files against the code. */
export function departmentEnvVariables(name: string): string[] {
  const prefix = envPrefix(name);
  return [`${prefix}_DATABASE_URL`, "DATABASE_URL", `${prefix}_PORT`, `${prefix}_HOST`, `${prefix}_SEED_DEMO_DATA`, "DLHUB_FORWARDING_SECRET", "LOG_LEVEL", "NODE_ENV"];
}
