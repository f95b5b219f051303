import { type ImportReport, type WriteCounts } from "@dlhub/subgraph-kit";
import { type ImportKind } from "./kinds.js";

const counts = (c: WriteCounts) =>
  `inserted ${c.inserted}, updated ${c.updated}, unchanged ${c.unchanged}${c.retired ? `, retired ${c.retired} demo rows` : ""}`;

/** What a successful import prints: the totals, then each table. */
export function formatReport(report: ImportReport, database: string): string {
  const width = Math.max(...Object.keys(report.tables).map((t) => t.length));
  return [
    `${report.kind}: ${report.rows} rows from ${report.file} into ${database} in ${report.elapsedMs} ms`,
    `  ${counts(report)}`,
    ...Object.entries(report.tables).map(([table, c]) => `    ${table.padEnd(width)}  ${counts(c)}`),
  ].join("\n");
}

export function usage(kinds: readonly ImportKind[]): string {
  const width = Math.max(...kinds.map((k) => k.importer.kind.length));
  return [
    "Usage: npm run import -- <kind> <file>",
    "",
    "Loads an open-data file into the department that owns it: every row, or none if any row is bad.",
    "Importing a file again updates what changed and adds nothing twice.",
    "",
    "Kinds:",
    ...kinds.map(({ importer, department }) => `  ${importer.kind.padEnd(width)}  ${importer.description} [${department.name}]`),
    "",
    "Database: the department's database (dlhub_<department>) on DATABASE_URL's server when it is set;",
    "otherwise on the running hub's PostgreSQL; otherwise the hub's embedded PostgreSQL in",
    "DLHUB_DATA_DIR is started for the import and stopped after it.",
    "",
    "Exit status: 0 imported, 1 refused (every bad line is listed) or failed, 2 wrong arguments.",
  ].join("\n");
}
