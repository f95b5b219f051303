
/** What one request cost: the SQL statements sent for it and the objects it answered, by path. */
export interface RequestCost {
  statements: number;
  /** Objects in the answer at each field path (`libraryInitiatives.nodes.classes.branch`), lists flattened. */
  objects: Record<string, number>;
}

export interface ConstantStatementsCheck {
  /** Reads how many statements the service under test has sent so far (see statementsOf). */
  statements: () => number;
  /** Sends the request and returns the answer's data; asked for the smaller answer, then the larger one. */
  request: (size: "small" | "large") => Promise<unknown>;
  /** Makes the data larger between the two measurements (e.g. multiplyDepartmentData). */
  grow?: () => Promise<unknown>;
  /** Measurements of each size; the fewest statements count (default 3, after one warm-up request). */
  runs?: number;
}

/** The statements a subgraph sent while answering GraphQL requests, leaving out any background work. */
export function statementsOf(subgraph: { service: { database: { statements: { inRequests: number } } } }): () => number {
  return () => subgraph.service.database.statements.inRequests;
}

/** Sends one request and counts the statements sent for it, for a claim of an exact number. */
export async function countStatements<T>(statements: () => number, request: () => Promise<T>): Promise<{ answer: T; statements: number }> {
  const before = statements();
  const answer = await request();
  return { answer, statements: statements() - before };
}

/**
 * The hub's performance rule, checked one way everywhere: the SQL statements a request costs do
 * not grow with the rows it returns. The request is measured on a smaller answer, then (after
 * `grow`, if given) on a larger one, and the statements must be equal. So that the check can
 * fail, the larger answer must hold more objects at EVERY path the query reads — the initiatives
 * and each entity they reference — or a per-row query on a relation that did not grow would go
 * unseen; a path that did not grow fails the check by name.
 *
 * A loader asked from two places of one query (a centre through labs and through camps) sends one
 * statement or two depending on which list arrives first and whether its keys are already cached,
 * so a check asks each loader from one place per query and sends several queries where needed
 * (queryEachOk). Each size is measured several times and the fewest statements kept.
 */
export async function expectConstantStatements(check: ConstantStatementsCheck): Promise<{ small: RequestCost; large: RequestCost }> {
  const small = await measure(check, "small");
  // A counter that saw nothing (a route outside the GraphQL request scope) would make the check unable to fail.
  expect({ statementsCountedForTheSmallerAnswer: small.statements > 0 }).toEqual({ statementsCountedForTheSmallerAnswer: true });
  await check.grow?.();
  const large = await measure(check, "large");
  const paths = [...new Set([...Object.keys(small.objects), ...Object.keys(large.objects)])].sort();
  const notGrown = paths.filter((path) => !(small.objects[path] > 0 && large.objects[path] > small.objects[path]));
  expect({ pathsThatDidNotGrow: notGrown.map((path) => `${path} (${small.objects[path] ?? 0} → ${large.objects[path] ?? 0})`) }).toEqual({
    pathsThatDidNotGrow: [],
  });
  const rule = `${sum(small.objects)} objects cost ${small.statements} statements, so ${sum(large.objects)} objects must cost as many`;
  expect({ rule, statements: large.statements }).toEqual({ rule, statements: small.statements });
  return { small, large };
}

async function measure(check: ConstantStatementsCheck, size: "small" | "large"): Promise<RequestCost> {
  // The first request may open more pooled connections or warm caches; it is not counted.
  let answer = await check.request(size);
  let fewest = Infinity;
  for (let run = 0; run < (check.runs ?? 3); run += 1) {
    const before = check.statements();
    answer = await check.request(size);
    fewest = Math.min(fewest, check.statements() - before);
  }
  return { statements: fewest, objects: objectsByPath(answer) };
}

/**
 * Counts the rows of an answer at each field path: the objects in a list, and those reached from
 * one (a class's branch). Objects outside any list — the answer itself, a connection around its
 * nodes — are no rows and are not counted.
 */
export function objectsByPath(answer: unknown): Record<string, number> {
  const counts: Record<string, number> = {};
  const visit = (value: unknown, path: string, inList: boolean): void => {
    if (Array.isArray(value)) return value.forEach((item) => visit(item, path, true));
    if (typeof value !== "object" || value === null) return;
    if (inList) counts[path] = (counts[path] ?? 0) + 1;
    for (const [field, child] of Object.entries(value)) visit(child, path ? `${path}.${field}` : field, inList);
  };
  visit(answer, "", false);
  return counts;
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((total, count) => total + count, 0);
