import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { type ImportProblem, ImportFileError } from "./problems.js";

/** One row of a source file before validation, at the line it starts on. */
export interface SourceRecord<Fields> {
  line: number;
  /** Set for GeoJSON features: the 1-based position in the collection. */
  feature?: number;
  fields: Fields;
}

/** What a reader made of a file: the records it could read and the problems with the rest. */
export interface SourceFile<Fields> {
  records: SourceRecord<Fields>[];
  problems: ImportProblem[];
}

/**
 * A source file as text. Spreadsheet and ArcGIS exports often start with a UTF-8 byte-order mark,
 * which JSON.parse rejects and a CSV reader would glue onto the first column name.
 */
export async function readSourceText(file: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImportFileError(file, code === "ENOENT" ? `no such file: ${file}` : `cannot read ${file}: ${String(error)}`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The file's format by its extension, so one kind can take either export of the same data. */
export function sourceFormat(file: string): "csv" | "geojson" | undefined {
  const extension = extname(file).toLowerCase();
  if (extension === ".csv") return "csv";
  if (extension === ".geojson" || extension === ".json") return "geojson";
  return undefined;
}
