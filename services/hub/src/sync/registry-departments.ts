import { type RegisteredDepartment, RegistryClient } from "@dlhub/schema";
import { type EntityManager } from "typeorm";

/**
 * The departments the registry names (GET /departments), read every sync round beside its
 * published subgraphs: a department registered or renamed there shows under its name from the
 * next round, with no change to the hub.
 */
export function registryDepartments(registryUrl: string, timeoutMs = 5000): () => Promise<RegisteredDepartment[]> {
  const fetchWithTimeout: typeof fetch = (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  const client = new RegistryClient(registryUrl, { fetch: fetchWithTimeout });
  return () => client.departments();
}

/**
 * Stores the names read, in one statement however many departments there are, writing only a
 * department that is new or whose name or contact changed (the round runs every second). A
 * department no longer listed keeps its last name: the registry never unregisters one, and a name
 * is better than an id for rows the catalog may still hold of it.
 */
export async function storeDepartmentNames(db: EntityManager, departments: RegisteredDepartment[]): Promise<void> {
  if (departments.length === 0) return;
  await db.query(
    `INSERT INTO registered_department (id, name, contact, changed_at)
     SELECT id, name, contact, now() FROM unnest($1::text[], $2::text[], $3::text[]) AS listed(id, name, contact)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, contact = excluded.contact, changed_at = excluded.changed_at
     WHERE (registered_department.name, registered_department.contact) IS DISTINCT FROM (excluded.name, excluded.contact)`,
    [departments.map((d) => d.id), departments.map((d) => d.name), departments.map((d) => d.contact)],
  );
}
