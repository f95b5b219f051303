import { SUPERGRAPH_PATH } from "@dlhub/schema";
import { logLevel, parseEnv, port } from "@dlhub/subgraph-kit";
import { z } from "zod";

/**
 * The gateway's settings. Subgraph routing URLs come from the supergraph; `<NAME>_SUBGRAPH_URL`
 * (e.g. `LIBRARIES_SUBGRAPH_URL`) overrides one for a deployment where services live elsewhere.
 */
export function readGatewayEnv(source: NodeJS.ProcessEnv = process.env) {
  const env = parseEnv(
    {
      GATEWAY_PORT: port(4000),
      GATEWAY_HOST: z.string().default("0.0.0.0"),
      GATEWAY_SUPERGRAPH_PATH: z.string().default(SUPERGRAPH_PATH),
      GATEWAY_SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
      LOG_LEVEL: logLevel,
    },
    source,
  );
  const subgraphUrls: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) {
    const match = /^([A-Z0-9_]+)_SUBGRAPH_URL$/.exec(key);
    if (match && value) subgraphUrls[match[1].toLowerCase().replace(/_/g, "-")] = value;
  }
  return {
    port: env.GATEWAY_PORT,
    host: env.GATEWAY_HOST,
    supergraphPath: env.GATEWAY_SUPERGRAPH_PATH,
    subgraphTimeoutMs: env.GATEWAY_SUBGRAPH_TIMEOUT_MS,
    subgraphUrls,
    logLevel: env.LOG_LEVEL,
  };
}

export type GatewayEnv = ReturnType<typeof readGatewayEnv>;
