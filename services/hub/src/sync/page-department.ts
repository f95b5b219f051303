import { type Department, departmentIdOf } from "@dlhub/schema";

/** What a feed page, or a snapshot in it, says of its department (docs: the shared spec, section 2). */
export interface StatedDepartment {
  departmentId?: string | null;
  /** The legacy enum value, which a department built before ids sends alone. */
  department?: Department | null;
}

/** The department id a page or snapshot states: `departmentId`, else the id of its legacy enum value. */
export function statedDepartmentId(stated: StatedDepartment): string | null {
  if (stated.departmentId) return stated.departmentId;
  return stated.department ? departmentIdOf(stated.department) : null;
}

/**
 * Refuses a page that says it is another department than the one whose feed it came from, or
 * whose changes say so. The feed's name is the department's registered id (the registry lets
 * only that department publish under it), so a page claiming another would put rows under a
 * department that never sent them; nothing of it is applied, and the error becomes the
 * department's `lastError`.
 */
export function assertPageOf(feedName: string, page: StatedDepartment, snapshots: StatedDepartment[]): void {
  const stated = statedDepartmentId(page);
  if (stated === null) throw new Error(`the feed names no department; it is published as ${feedName}`);
  if (stated !== feedName) throw new Error(`the feed says it is department ${stated}; it is published as ${feedName}`);
  for (const snapshot of snapshots) {
    const own = statedDepartmentId(snapshot);
    if (own !== null && own !== feedName) throw new Error(`the feed lists a change of department ${own}; it is published as ${feedName}`);
  }
}
