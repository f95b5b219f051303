import path from "node:path";
import { openDatabase } from "@dlhub/subgraph-kit";
import { createTestDatabase } from "@dlhub/subgraph-kit/testing";
import { type DataSource } from "typeorm";
import { geography } from "../src/geography/index.js";

export const FIXTURES = path.resolve(__dirname, "fixtures/geo");
export const fixture = (name: string) => path.join(FIXTURES, name);

/** A fresh database with only the geography tables, migrated; `close` also drops it. */
export async function openGeographyDatabase(label: string): Promise<{ dataSource: DataSource; close(): Promise<void> }> {
  const database = await createTestDatabase(label);
  const { dataSource } = await openDatabase({ url: database.url, entities: geography.entities, migrations: geography.migrations });
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await database.drop();
    },
  };
}

/** Row counts of the three layers, demo and real alike. */
export async function layerCounts(dataSource: DataSource) {
  const [row] = await dataSource.query<{ neighborhoods: number; districts: number; tracts: number }[]>(
    `SELECT (SELECT count(*)::int FROM neighborhood) AS neighborhoods,
            (SELECT count(*)::int FROM planning_district) AS districts,
            (SELECT count(*)::int FROM census_tract) AS tracts`,
  );
  return row;
}
