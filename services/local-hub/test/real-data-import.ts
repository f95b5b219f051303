import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type Importer, type SubgraphService } from "@dlhub/subgraph-kit";
import { HOST_LINK_KINDS } from "../src/import/host-databases";
import { importKinds } from "../src/import/kinds";
import { linkKeyspotHosts } from "../src/import/link-hosts";

export const REAL_DATA = resolve(__dirname, "../../../../shared/data/phl");

/** The City's files and the kind each is imported as, in dependency order (boundaries first). */
export const REAL_FILES: [kind: string, file: string][] = [
  ["planning-districts", "planning_districts.geojson"],
  ["neighborhoods", "philadelphia_neighborhoods.geojson"],
  ["tracts", "census_tracts_2010.geojson"],
  ["keyspots", "keyspots_2015_sco-tt.geojson"],
  ["library-branches", "free_library_locations_2014.csv"],
  ["grants", "dla_and_keyspot_grants_curated.csv"],
];

/**
 * Runs one kind's importer against the service that owns its data, then links KEYSPOTs to their
 * hosts, as `npm run import` does. Returns the import's own time.
 */
export async function importInto(services: SubgraphService[], kind: string, file: string): Promise<number> {
  const entry = importKinds.find((k) => k.importer.kind === kind) as { department: { name: string }; importer: Importer };
  const db = (name: string) => (services.find((s) => s.name === name) as SubgraphService).database.dataSource;
  const report = await entry.importer.run(file, db(entry.department.name));
  if (HOST_LINK_KINDS.has(kind)) await linkKeyspotHosts({ it: db("it"), libraries: db("libraries"), parks: db("parks") });
  return report.elapsedMs;
}

export interface TestIndicator {
  households: number;
  population: number;
  share: number;
}

/**
 * No ACS rows are stored offline, so the tests make up indicators for every tract from its GEOID
 * alone (the same on every run): shares between 0.55 and 0.94. The oracle reads them from here.
 */
export function testIndicator(geoid: string): TestIndicator {
  const n = Number(geoid.slice(-6));
  return { households: 800 + (n % 1700), population: 2000 + (n % 4000), share: Number((0.55 + (n % 40) / 100).toFixed(2)) };
}

/** The made-up indicators of every tract, written as the tract-indicators importer reads them. */
export function writeTestIndicators(geoids: string[]): string {
  const lines = geoids.map((geoid) => {
    const { households, population, share } = testIndicator(geoid);
    return `${geoid},${households},${population},${share.toFixed(2)},DL Hub test indicators (not ACS)`;
  });
  const file = join(mkdtempSync(join(tmpdir(), "dlhub-indicators-")), "tract_indicators.csv");
  writeFileSync(file, `GEOID,households,population,broadband_subscription_share,source\n${lines.join("\n")}\n`);
  return file;
}
