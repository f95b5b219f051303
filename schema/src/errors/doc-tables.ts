import { type ErrorCodeEntry, entryOf } from "./catalog.js";
import { ErrorCode } from "./codes.js";
import { EXIT_CODE_MEANINGS, ExitCode } from "./exit-codes.js";

/**
 * The documents that print the error-code tables, each table between
 * `<!-- <table>:start -->` and `<!-- <table>:end -->` lines, paths from the repository root.
 * `npm run docs` rewrites what lies between; a unit test fails when a committed table differs.
 */
export const DOCUMENTS_WITH_TABLES: Record<string, readonly TableName[]> = {
  "README.md": ["error-codes:graph"],
  "docs/department-guide.md": ["error-codes:dlhub", "exit-codes:dlhub"],
};

export type TableName = keyof typeof TABLES;

const TABLES = {
  /** Every code the graph answers with, for anyone who queries it. */
  "error-codes:graph": () =>
    table(
      ["code", "HTTP", "when"],
      codes((entry) => entry.graph !== undefined).map(([code, entry]) => [`\`${code}\``, graphStatus(entry), entry.meaning]),
    ),
  /** Every code the registry answers with or the CLI ends with, for a department publishing its subgraph. */
  "error-codes:dlhub": () =>
    table(
      ["code", "registry HTTP", "exit code", "when"],
      codes((entry) => entry.registry !== undefined || entry.exit !== undefined).map(([code, entry]) => [
        `\`${code}\``,
        entry.registry ? String(entry.status) : "",
        (entry.exit ?? []).join(" or "),
        entry.meaning,
      ]),
    ),
  "exit-codes:dlhub": () =>
    table(
      ["exit code", "meaning"],
      Object.values(ExitCode)
        .filter((exit): exit is ExitCode => typeof exit === "number")
        .map((exit) => [String(exit), EXIT_CODE_MEANINGS[exit]]),
    ),
};

/** `document` with every named table between its markers replaced by the generated one. */
export function withGeneratedTables(document: string, names: readonly TableName[]): string {
  return names.reduce((text, name) => replaceBetweenMarkers(text, name, TABLES[name]()), document);
}

function replaceBetweenMarkers(document: string, name: string, generated: string): string {
  const start = `<!-- ${name}:start -->\n`;
  const end = `<!-- ${name}:end -->`;
  const from = document.indexOf(start);
  const to = document.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`no ${start.trim()} … ${end} markers: put them where the ${name} table belongs`);
  return `${document.slice(0, from + start.length)}${generated}${document.slice(to)}`;
}

function codes(keep: (entry: ErrorCodeEntry) => boolean): [ErrorCode, ErrorCodeEntry][] {
  return Object.values(ErrorCode)
    .map((code): [ErrorCode, ErrorCodeEntry] => [code, entryOf(code)])
    .filter(([, entry]) => keep(entry));
}

/** The status of a GraphQL answer carrying the code: 200 beside data, the code's own when it refuses the request. */
function graphStatus(entry: ErrorCodeEntry): string {
  if (entry.graph === "field") return "200";
  if (entry.graph === "either") return `200 or ${entry.status}`;
  return String(entry.status);
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell || "—").join(" | ")} |\n`;
  return line(header) + `|${header.map(() => "---").join("|")}|\n` + rows.map(line).join("");
}
