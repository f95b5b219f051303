import { type CheckReport, ErrorCode } from "@dlhub/schema";
import { type Command, type CommandContext, type OptionSpec } from "./command.js";
import { cliFailure, usageError } from "./io.js";
import { formatCheckReport } from "./report.js";
import { formatCheckReportMarkdown } from "./report-markdown.js";
import { type SchemaSource, readSchemaSource } from "./schema-source.js";

/** The options check and publish share: which subgraph, and where its schema comes from. */
export const SUBGRAPH_SCHEMA_OPTIONS: Record<string, OptionSpec> = {
  name: { type: "string", value: "<name>", description: "the subgraph's name, e.g. immigrant-affairs" },
  schema: { type: "string", value: "<file>", description: "its SDL file, e.g. services/<name>/schema.graphql" },
  sdl: { type: "string", value: "<file>", description: "the same as --schema (the file `npm run sdl` writes, with no service running)" },
  url: { type: "string", value: "<url>", description: "or a running subgraph's GraphQL URL, asked for { _service { sdl } }" },
};

export function requiredName(context: CommandContext): string {
  const name = context.values.name;
  if (typeof name !== "string" || name === "") throw usageError("--name <subgraph name> is required.");
  return name;
}

/**
 * Where the gateway will reach the subgraph: --routing-url, else the --url it was read from, else
 * (for a check only) the URL it is live at now, since a check stores nothing.
 */
async function routingUrlForCheck(context: CommandContext, name: string, source: SchemaSource): Promise<string> {
  const given = context.values["routing-url"];
  if (typeof given === "string") return given;
  if (source.url) return source.url;
  const live = (await context.registry().listSubgraphs()).find((s) => s.name === name);
  if (live) return live.routingUrl;
  throw usageError(`${name} is not live yet, so --routing-url <url> is required (where the gateway will reach it).`);
}

export const subgraphCheck: Command = {
  name: "check",
  summary: "check a subgraph's schema against the registry without publishing it",
  synopsis: "--name <name> (--schema <file> | --sdl <file> | --url <url>) [--routing-url <url>] [--format text|json|markdown]",
  options: {
    ...SUBGRAPH_SCHEMA_OPTIONS,
    "routing-url": { type: "string", value: "<url>", description: "where the gateway reaches it (default: --url, or its live routing URL)" },
    format: { type: "string", value: "<format>", description: "how the report is printed: text (default), json, or markdown for a pull-request comment" },
  },
  async run(context) {
    const name = requiredName(context);
    const format = reportFormat(context.values.format);
    const source = await readSchemaSource(context.values, context.io.cwd);
    const routingUrl = await routingUrlForCheck(context, name, source);
    const report = await context.registry().check(name, { sdl: source.sdl, routingUrl });
    const text = format(report);
    if (!report.ok) {
      throw cliFailure(ErrorCode.CHECK_FAILED, `${name} would be refused; fix the findings above before publishing.`, { text, data: report });
    }
    return { text, data: report };
  },
};

const REPORT_FORMATS = {
  text: formatCheckReport,
  json: (report: CheckReport) => [JSON.stringify(report, null, 2)],
  markdown: formatCheckReportMarkdown,
};

function reportFormat(given: unknown): (report: CheckReport) => string[] {
  if (given === undefined) return formatCheckReport;
  if (typeof given === "string" && Object.hasOwn(REPORT_FORMATS, given)) return REPORT_FORMATS[given as keyof typeof REPORT_FORMATS];
  throw usageError(`--format must be one of ${Object.keys(REPORT_FORMATS).join(", ")}, got ${JSON.stringify(given)}.`);
}
