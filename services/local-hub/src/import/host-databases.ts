import { itDepartment } from "@dlhub/it";
import { libraries } from "@dlhub/libraries";
import { parks } from "@dlhub/parks";
import { type Database, databaseName, databaseUrl, ensureDatabase, openDatabase } from "@dlhub/subgraph-kit";
import { type HostDatabases } from "./link-hosts.js";

/** Imports after which a KEYSPOT's host may have appeared, moved or gone. */
export const HOST_LINK_KINDS = new Set(["keyspots", "library-branches", "recreation-centers"]);

/**
 * Opens OIT's, the Free Library's and Parks & Recreation's databases on one server (creating and
 * migrating any that is missing, as the department itself would), runs `work`, and closes them.
 */
export async function withHostDatabases<T>(serverUrl: string, work: (db: HostDatabases) => Promise<T>): Promise<T> {
  const opened: Database[] = [];
  try {
    const open = async (department: typeof itDepartment) => {
      const name = databaseName(department);
      await ensureDatabase(serverUrl, name);
      const database = await openDatabase({ url: databaseUrl(serverUrl, name), entities: department.entities, migrations: department.migrations, poolSize: 1 });
      opened.push(database);
      return database.dataSource;
    };
    return await work({ it: await open(itDepartment), libraries: await open(libraries), parks: await open(parks) });
  } finally {
    for (const database of opened) await database.dataSource.destroy();
  }
}
