import { databaseUrl } from "@dlhub/subgraph-kit";
import { Client } from "pg";

/** One connection to database `name` on the server, closed after `work`. */
export async function withDatabase<T>(serverUrl: string, name: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl(serverUrl, name) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Which of these databases exist on the server. */
export function existingDatabases(serverUrl: string, names: string[]): Promise<Set<string>> {
  return withDatabase(serverUrl, "postgres", async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname = ANY($1)", [names]);
    return new Set(rows.map((r) => r.datname));
  });
}
