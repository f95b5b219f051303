import { type Command } from "./command.js";
import { usageError } from "./io.js";
import { formatCheckReport } from "./report.js";
import { readSchemaSource } from "./schema-source.js";
import { SUBGRAPH_SCHEMA_OPTIONS, requiredName } from "./subgraph-check.js";

export const subgraphPublish: Command = {
  name: "publish",
  summary: "check a subgraph's schema and, if it passes, make it live in the supergraph",
  synopsis: "--name <name> (--schema <file> | --sdl <file> | --url <url>) --routing-url <url>",
  options: {
    ...SUBGRAPH_SCHEMA_OPTIONS,
    "routing-url": { type: "string", value: "<url>", description: "where the gateway reaches it (default with --url: that URL)" },
  },
  async run(context) {
    const name = requiredName(context);
    const given = context.values["routing-url"];
    if (typeof given !== "string" && typeof context.values.url !== "string") {
      throw usageError("--routing-url <url> is required: where the gateway will reach the subgraph.");
    }
    const source = await readSchemaSource(context.values, context.io.cwd);
    const routingUrl = typeof given === "string" ? given : (source.url as string);
    const result = await context.registry().publish(name, { sdl: source.sdl, routingUrl });
    const header = result.unchanged
      ? `${name} is unchanged: the registry already has this schema and routing URL. Supergraph stays at version ${result.supergraph.version}.`
      : `Published ${name} to ${context.registryUrl}: supergraph version ${result.supergraph.version}.`;
    const text = [
      header,
      `  routing URL: ${result.subgraph.routingUrl}`,
      `  schema hash: ${result.subgraph.hash.slice(0, 12)}`,
      `  published by ${result.subgraph.publishedBy} at ${result.subgraph.publishedAt}`,
      "",
      ...formatCheckReport(result.report),
    ];
    return { text, data: result };
  },
};
