import { z } from "zod";
import { parseEnv } from "@dlhub/subgraph-kit";

/**
 * The folder the person ran `npm run import` in. npm runs the script from the repository root and
 * passes the original folder as INIT_CWD; run directly with node, the process's own folder is it.
 */
export function invokedFrom(source: NodeJS.ProcessEnv = process.env): string {
  return parseEnv({ INIT_CWD: z.string().min(1).optional() }, source).INIT_CWD ?? process.cwd();
}
