import { databaseName } from "@dlhub/subgraph-kit";
import { departments } from "../departments.js";

/**
 * Every database the local hub keeps, by the name of what owns it: each department's, the hub's
 * (the catalog, the coordinator's notes and links) and the registry's, named as startLocalHub names
 * them (`<prefix>_<name>`).
 */
export function localHubDatabases(prefix?: string): { name: string; database: string }[] {
  return [...departments.map((d) => d.definition.name), "hub", "registry"].map((name) => ({ name, database: databaseName({ name }, prefix) }));
}
