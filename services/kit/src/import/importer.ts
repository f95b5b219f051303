import { performance } from "node:perf_hooks";
import { type DataSource } from "typeorm";
import { type z } from "zod";
import { type ImportProblem, ImportRejected } from "./problems.js";
import { type SourceFile } from "./source-file.js";
import { ImportWriter, type WriteCounts, addCounts } from "./writer.js";

/** A validated row with the place in the file it came from. */
export interface ImportRow<Row> {
  line: number;
  feature?: number;
  row: Row;
}

/** What one import did. The totals add up every table the kind writes; `tables` splits them. */
export interface ImportReport extends WriteCounts {
  kind: string;
  file: string;
  /** Rows (or features) in the file. */
  rows: number;
  tables: Record<string, WriteCounts>;
  /** Reading, validating and writing the file. */
  elapsedMs: number;
}

/** Everything a kind of import knows about its files; {@link defineImporter} turns it into an {@link Importer}. */
export interface ImporterSpec<Fields, Row> {
  /** The name on the command line, e.g. `keyspots`. */
  kind: string;
  /** One line for `--help`: which file this takes. */
  description: string;
  read(file: string): Promise<SourceFile<Fields>>;
  /** Validates one record and turns it into a row; each zod issue becomes a reason on the record's line. */
  row: z.ZodType<Row>;
  /** The row's natural key; two rows with one key are refused. Null for a row with no key of its own. */
  key(row: Row): string | null;
  /** Rules across rows, e.g. a round's year agreeing on every row of the round. */
  check?(rows: ImportRow<Row>[]): ImportProblem[];
  /** Writes all rows; runs inside the import's one transaction. */
  write(rows: ImportRow<Row>[], writer: ImportWriter): Promise<void>;
}

/** A file that passed validation and is ready to be written. */
export interface ValidatedImport {
  rows: number;
  apply(dataSource: DataSource): Promise<ImportReport>;
}

export interface Importer {
  kind: string;
  description: string;
  /** Reads and validates the whole file without touching a database; throws ImportRejected. */
  validate(file: string): Promise<ValidatedImport>;
  /** validate, then apply. */
  run(file: string, dataSource: DataSource): Promise<ImportReport>;
}

/**
 * The one way every importer works: read the file, validate every row and collect every problem,
 * then write all rows in one transaction or nothing. Writes are upserts by natural key, so
 * importing the same file again updates rows (or finds them unchanged) and never duplicates them.
 */
export function defineImporter<Fields, Row>(spec: ImporterSpec<Fields, Row>): Importer {
  const validate = async (file: string): Promise<ValidatedImport> => {
    const started = performance.now();
    const rows = await validateFile(spec, file);
    // The time spent on this file: reading and checking it, then writing it, but not whatever a
    // caller does in between (starting a database server, migrating it).
    const validatedMs = performance.now() - started;
    return {
      rows: rows.length,
      apply: async (dataSource) => {
        const writeStarted = performance.now();
        const tables = await dataSource.transaction(async (manager) => {
          const writer = new ImportWriter(manager, file);
          await spec.write(rows, writer);
          // Thrown inside the transaction, so whatever was written so far is rolled back.
          if (writer.problems.length > 0) throw new ImportRejected(spec.kind, file, [...writer.problems]);
          return writer.tables();
        });
        const totals = Object.values(tables).reduce(addCounts, { inserted: 0, updated: 0, unchanged: 0, retired: 0 });
        return { kind: spec.kind, file, rows: rows.length, ...totals, tables, elapsedMs: Math.round(validatedMs + performance.now() - writeStarted) };
      },
    };
  };
  return {
    kind: spec.kind,
    description: spec.description,
    validate,
    run: async (file, dataSource) => (await validate(file)).apply(dataSource),
  };
}

async function validateFile<Fields, Row>(spec: ImporterSpec<Fields, Row>, file: string): Promise<ImportRow<Row>[]> {
  const source = await spec.read(file);
  const problems = [...source.problems];
  const rows: ImportRow<Row>[] = [];
  for (const { line, feature, fields } of source.records) {
    const result = spec.row.safeParse(fields);
    if (result.success) rows.push({ line, feature, row: result.data });
    else problems.push(...result.error.issues.map((issue) => ({ line, feature, reason: describeIssue(issue) })));
  }
  // Rules across rows see only the rows that passed, so every problem is reported in one go.
  problems.push(...duplicateKeys(rows, spec.key));
  problems.push(...(spec.check?.(rows) ?? []));
  if (problems.length === 0 && rows.length === 0) problems.push({ line: 1, reason: "the file has no rows" });
  if (problems.length > 0) throw new ImportRejected(spec.kind, file, problems);
  return rows;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join(".");
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** One statement cannot upsert a key twice, and a file naming one thing twice is wrong anyway. */
function duplicateKeys<Row>(rows: ImportRow<Row>[], key: (row: Row) => string | null): ImportProblem[] {
  const first = new Map<string, ImportRow<Row>>();
  const problems: ImportProblem[] = [];
  for (const row of rows) {
    const value = key(row.row);
    if (value === null) continue;
    const earlier = first.get(value);
    if (earlier) problems.push({ line: row.line, feature: row.feature, reason: `repeats ${JSON.stringify(value)}, already on line ${earlier.line}${earlier.feature === undefined ? "" : ` (feature ${earlier.feature})`}` });
    else first.set(value, row);
  }
  return problems;
}
