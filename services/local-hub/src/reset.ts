import { rmSync } from "node:fs";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { databaseName, dropDatabase } from "@dlhub/subgraph-kit";
import { departments } from "./departments.js";
import { readLocalHubEnv } from "./env.js";

/** `npm run reset`: wipes the local hub's data; the next `npm start` begins from demo data again. */
async function reset(): Promise<void> {
  const env = readLocalHubEnv();
  if (env.serverUrl) {
    for (const name of [...departments.map((d) => d.definition.name), "hub", "registry"]) {
      await dropDatabase(env.serverUrl, databaseName({ name }));
    }
    console.log("Dropped the hub's databases on DATABASE_URL's server.");
    return;
  }
  if (existsSync(join(env.postgresDir, "postmaster.pid"))) {
    console.error("The hub is running (its PostgreSQL holds the data folder): stop it with Ctrl-C first.");
    process.exit(1);
  }
  rmSync(env.dataDir, { recursive: true, force: true });
  console.log(`Removed ${env.dataDir}.`);
}

reset().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
