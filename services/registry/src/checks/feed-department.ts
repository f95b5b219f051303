import { type ContractProblem, ContractRule, Department, departmentIdOf } from "@dlhub/schema";
import { type FeedPage } from "../feed-probe.js";

const LEGACY = new Set<unknown>(Object.values(Department));

/** Where each feed keeps its rows' snapshots: `changes[].initiative` and `changes[].place` (null once gone). */
const ROW_KEY: Record<FeedPage["path"], string> = { "/initiative-feed": "initiative", "/place-feed": "place" };

/**
 * The department a page or a row says it belongs to: `departmentId`, else (a build from before
 * department ids) its legacy `department` enum value mapped to the id. Undefined when it names none:
 * a feed that says nothing cannot file anything under another department.
 */
function named(record: unknown): unknown {
  if (typeof record !== "object" || record === null) return undefined;
  const { departmentId, department } = record as { departmentId?: unknown; department?: unknown };
  if (departmentId !== undefined && departmentId !== null) return departmentId;
  return LEGACY.has(department) ? departmentIdOf(department as Department) : department ?? undefined;
}

/**
 * FEED_DEPARTMENT: the hub files every initiative and place it reads from a department's feeds
 * under the department the feed names. A publish whose feeds name another department (a routing
 * URL copied from another department, a service started with another department's id) would have
 * the hub file them under the wrong department, so it is refused, one problem per feed.
 */
export function feedDepartmentProblems(subgraph: string, pages: readonly FeedPage[]): ContractProblem[] {
  const problems: ContractProblem[] = [];
  for (const { path, body } of pages) {
    const wrong = new Set<string>();
    const page = named(body);
    if (page !== undefined && page !== subgraph) wrong.add(JSON.stringify(page));
    const changes = (body as { changes?: unknown } | null)?.changes;
    let rows = 0;
    for (const change of Array.isArray(changes) ? changes : []) {
      const row = named((change as Record<string, unknown> | null)?.[ROW_KEY[path]]);
      if (row === undefined || row === subgraph) continue;
      rows += 1;
      wrong.add(JSON.stringify(row));
    }
    if (wrong.size === 0) continue;
    const where = [page !== undefined && page !== subgraph ? "the page" : "", rows > 0 ? `${rows} of its rows` : ""].filter(Boolean).join(" and ");
    problems.push({
      rule: ContractRule.FEED_DEPARTMENT,
      message:
        `GET ${path} names department ${[...wrong].join(", ")} (${where}), not ${JSON.stringify(subgraph)}: the routing URL reaches another department's service, ` +
        `or the service was started with another department's id. The hub would file what it reads there under the wrong department.`,
    });
  }
  return problems;
}
