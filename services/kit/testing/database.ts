import { randomBytes } from "node:crypto";
import { databaseUrl, dropDatabase, ensureDatabase } from "@dlhub/subgraph-kit";

/**
 * The PostgreSQL server tests run against: the embedded one the jest global setup started, or the
 * one given by DATABASE_URL (CI runs the integration tests once more against the system server).
 */
export function testServerUrl(): string {
  const url = process.env.DLHUB_TEST_SERVER_URL;
  if (!url) throw new Error("DLHUB_TEST_SERVER_URL is not set: run tests through jest (global setup)");
  return url;
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A uniquely named, empty database for one test suite; drop it in afterAll. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const server = testServerUrl();
  const name = uniqueName(label);
  await ensureDatabase(server, name);
  return { name, url: databaseUrl(server, name), drop: () => dropDatabase(server, name) };
}

/** `dlhub_test_<label>_<random>`: suites running in parallel never share a database. */
export function uniqueName(label: string): string {
  return `dlhub_test_${label.replace(/[^a-z0-9]/gi, "_").toLowerCase()}_${randomBytes(4).toString("hex")}`;
}
