import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { ErrorCode } from "@dlhub/schema";
import { type OptionValues } from "./command.js";
import { cliFailure, inputError, usageError } from "./io.js";

export interface SchemaSource {
  sdl: string;
  /** The file or URL it came from, for messages. */
  from: string;
  /** The subgraph's URL when it came from a running subgraph. */
  url?: string;
}

const SERVICE_SDL_QUERY = "{ _service { sdl } }";

/** The subgraph SDL a command checks or publishes: a file (`--schema`, or its alias `--sdl`) or a running subgraph (`--url`). */
export async function readSchemaSource(values: OptionValues, cwd: string): Promise<SchemaSource> {
  const files = [values.schema, values.sdl].filter((value): value is string => typeof value === "string");
  const file = files[0];
  const url = typeof values.url === "string" ? values.url : undefined;
  if (files.length + (url === undefined ? 0 : 1) > 1) throw usageError("give the schema once: --schema (or --sdl) <file.graphql> or --url <subgraph url>, not both.");
  if (file !== undefined) return { sdl: readSchemaFile(resolve(cwd, file), file), from: file };
  if (url !== undefined) return { sdl: await fetchServiceSdl(url), from: url, url };
  throw usageError("give the subgraph's schema: --schema <file.graphql> or --url <subgraph graphql url>.");
}

function readSchemaFile(path: string, given: string): string {
  if (!existsSync(path) || !statSync(path).isFile()) throw inputError(`cannot read ${given}: no such file.`);
  const sdl = readFileSync(path, "utf8");
  if (sdl.trim() === "") throw inputError(`${given} is empty.`);
  return sdl;
}

/** Asks a running subgraph for its SDL, as the gateway and Rover's introspection do. */
export async function fetchServiceSdl(url: string): Promise<string> {
  if (!/^https?:\/\//.test(url)) throw inputError(`--url must be an http:// or https:// URL, got ${JSON.stringify(url)}.`);
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: SERVICE_SDL_QUERY }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    throw cliFailure(ErrorCode.SUBGRAPH_UNREACHABLE, `cannot reach the subgraph at ${url} (${cause}); is it running?`);
  }
  const body = (await response.json().catch(() => null)) as { data?: { _service?: { sdl?: unknown } } } | null;
  const sdl = body?.data?._service?.sdl;
  if (!response.ok || typeof sdl !== "string" || sdl.trim() === "") {
    throw inputError(`${url} did not answer ${SERVICE_SDL_QUERY} (HTTP ${response.status}); is it a Federation subgraph's GraphQL endpoint?`);
  }
  return sdl;
}
