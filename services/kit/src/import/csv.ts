import { CsvError, parse } from "csv-parse/sync";
import { type ImportProblem } from "./problems.js";
import { type SourceFile, type SourceRecord, readSourceText } from "./source-file.js";

export type CsvFields = Record<string, string>;

export interface CsvOptions {
  /** Header names the importer reads; a file without one of them is refused at line 1. */
  columns: readonly string[];
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/** Reads a CSV file with a header row; see {@link parseCsv}. */
export async function readCsv(file: string, options: CsvOptions): Promise<SourceFile<CsvFields>> {
  return parseCsv(await readSourceText(file), options);
}

/**
 * Parses CSV text into one record per data row, keyed by the header's names. Quoted fields may
 * hold commas, doubled quotes and line breaks, so a record's line is where it starts, not where
 * the parser finished it. A row with the wrong number of fields is a problem rather than a record
 * with shifted or missing values. Extra columns are allowed: exports grow columns over the years.
 */
export function parseCsv(text: string, options: CsvOptions): SourceFile<CsvFields> {
  let parsed: ParsedRecord[];
  try {
    // With `info: true` each record comes wrapped with its line count, which the typings omit.
    parsed = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_empty_values: true }) as unknown as ParsedRecord[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // The parser cannot resynchronise after a broken quote, so the rows after it are unknown.
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    return { records: [], problems: [{ line, reason: `${error.message}; nothing past this point could be read` }] };
  }
  const [header, ...rows] = parsed;
  if (!header) return { records: [], problems: [{ line: 1, reason: "the file is empty" }] };

  const names = header.record.map((name) => name.trim());
  const problems: ImportProblem[] = headerProblems(names, options.columns, startLine(header));
  if (problems.length > 0) return { records: [], problems };

  const records: SourceRecord<CsvFields>[] = [];
  for (const { record, info } of rows) {
    const line = startLine({ record, info });
    if (record.length !== names.length) {
      problems.push({ line, reason: `has ${record.length} fields where the header has ${names.length}` });
      continue;
    }
    records.push({ line, fields: Object.fromEntries(names.map((name, i) => [name, record[i] as string])) });
  }
  return { records, problems };
}

function headerProblems(names: string[], required: readonly string[], line: number): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const missing = required.filter((column) => !names.includes(column));
  if (missing.length > 0) problems.push({ line, reason: `the header lacks ${missing.map((m) => JSON.stringify(m)).join(", ")}` });
  const repeated = names.filter((name, i) => name !== "" && names.indexOf(name) !== i);
  if (repeated.length > 0) problems.push({ line, reason: `the header repeats ${[...new Set(repeated)].map((r) => JSON.stringify(r)).join(", ")}` });
  return problems;
}

/** The parser reports the line a record ends on; quoted line breaks inside it moved that on. */
function startLine({ record, info }: ParsedRecord): number {
  const breaks = record.reduce((sum, field) => sum + (field.match(/\n/g)?.length ?? 0), 0);
  return info.lines - breaks;
}
