/**
 * One reason a source file cannot be imported, at the line it starts on. GeoJSON files are often
 * a single line, so a feature also carries its position in the collection.
 */
export interface ImportProblem {
  line: number;
  /** 1-based position in a GeoJSON FeatureCollection. */
  feature?: number;
  reason: string;
}

/** `line 12: …` or `line 1, feature 33: …`, as a person fixing the file wants to read it. */
export function formatProblem(problem: ImportProblem): string {
  const where = problem.feature === undefined ? `line ${problem.line}` : `line ${problem.line}, feature ${problem.feature}`;
  return `${where}: ${problem.reason}`;
}

/** In file order; problems on one line keep the order they were found in. */
export function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => a.problem.line - b.problem.line || (a.problem.feature ?? 0) - (b.problem.feature ?? 0) || a.index - b.index)
    .map(({ problem }) => problem);
}

/**
 * The file's content is wrong somewhere, so nothing was written. `problems` lists every bad line,
 * not just the first: whoever fixes the export fixes it once.
 */
export class ImportRejected extends Error {
  readonly problems: ImportProblem[];

  constructor(
    readonly kind: string,
    readonly file: string,
    problems: ImportProblem[],
  ) {
    const sorted = sortProblems(problems);
    super(`${kind}: ${file} was not imported (${sorted.length} problem${sorted.length === 1 ? "" : "s"}):\n${sorted.map((p) => `  ${formatProblem(p)}`).join("\n")}`);
    this.name = "ImportRejected";
    this.problems = sorted;
  }
}

/** The file cannot be read as this kind at all: missing, unreadable, or of a type the importer does not take. */
export class ImportFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = "ImportFileError";
  }
}
