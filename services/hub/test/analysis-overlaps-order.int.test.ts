import { Audience, Department, InitiativeStatus, SiteKind } from "@dlhub/schema";
import { type DataSource } from "typeorm";
import { Initiative } from "../src/catalog/initiative.entity.js";
import { Site } from "../src/catalog/site.entity.js";
import { DepartmentFeed } from "../src/sync/department-feed.entity.js";
import { initiativeRow, siteRow } from "./fixtures/analysis/catalog";
import { insertPlaces } from "./fixtures/analysis/places";
import { type AnalysisSubgraph, startAnalysisSubgraph } from "./fixtures/analysis/subgraph";

/**
 * `catalog_overlaps` stops at the limit by walking the list in its own order; the statement it
 * replaced paired everything and sorted. The replaced statement is the oracle here: over a catalog
 * with many ties (few start dates, shared neighborhoods, open ends, demo rows, one initiative with
 * two sites in one neighborhood), every filter and limit must give the same rows in the same order.
 */
const ALL_PAIRS_SORTED = `
  WITH placed AS (
    SELECT DISTINCT initiative_id, neighborhood_id FROM catalog_site
     WHERE neighborhood_id IS NOT NULL AND ($1::varchar IS NULL OR neighborhood_id = $1::varchar)
  ), pairs AS (
    SELECT a.id AS first_id, b.id AS second_id, pa.neighborhood_id,
           ARRAY(SELECT unnest(a.audiences) INTERSECT SELECT unnest(b.audiences) ORDER BY 1) AS shared_audiences,
           greatest(a.start_date, b.start_date) AS from_date, least(a.end_date, b.end_date) AS to_date
      FROM placed pa
      JOIN placed pb ON pb.neighborhood_id = pa.neighborhood_id AND pa.initiative_id < pb.initiative_id
      JOIN catalog_initiative a ON a.id = pa.initiative_id
      JOIN catalog_initiative b ON b.id = pb.initiative_id
     WHERE a.department_id <> b.department_id AND a.audiences && b.audiences
       AND ($2::text IS NULL OR ($2::text = ANY(a.audiences) AND $2::text = ANY(b.audiences)))
       AND ($6::boolean OR NOT (a.is_demo OR b.is_demo))
  )
  SELECT p.first_id, p.second_id, p.neighborhood_id, p.shared_audiences,
         to_char(p.from_date, 'YYYY-MM-DD') AS "from", to_char(p.to_date, 'YYYY-MM-DD') AS "to"
    FROM pairs p JOIN neighborhood n ON n.id = p.neighborhood_id
   WHERE (p.to_date IS NULL OR p.from_date <= p.to_date)
     AND ($3::date IS NULL OR p.to_date IS NULL OR p.to_date >= $3::date)
     AND ($4::date IS NULL OR p.from_date <= $4::date)
   ORDER BY n.name, p.from_date, p.first_id, p.second_id
   LIMIT $5`;

const IN_ORDER = `
  SELECT first_id, second_id, neighborhood_id, shared_audiences,
         to_char(starts, 'YYYY-MM-DD') AS "from", to_char(ends, 'YYYY-MM-DD') AS "to"
    FROM catalog_overlaps($1::varchar, $2::text, $3::date, $4::date, $5::integer, $6::boolean)`;

/** A small deterministic pseudo-random sequence, so a failure names a catalog that can be rebuilt. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const DEPARTMENTS = [Department.IT, Department.LIBRARIES, Department.PARKS];
const AUDIENCES = [Audience.SENIORS, Audience.YOUTH, Audience.JOB_SEEKERS, Audience.GENERAL_PUBLIC];
const STARTS = ["2023-01-01", "2023-06-01", "2024-01-01", "2024-01-01", "2024-03-01"];
const ENDS = [null, null, "2023-03-31", "2024-02-15", "2024-12-31"];
const NEIGHBORHOODS = ["alder", "birch", "cedar"];

async function randomCatalog(db: DataSource): Promise<void> {
  await insertPlaces(db);
  await db.getRepository(DepartmentFeed).insert(["it", "libraries", "parks"].map((name) => ({ name, feedUrl: `http://${name}.test/initiative-feed` })));
  const next = sequence(20261203);
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)];
  const initiatives = [];
  const sites = [];
  for (let n = 1; n <= 90; n += 1) {
    const audiences = AUDIENCES.filter(() => next() < 0.4);
    initiatives.push({ ...initiativeRow(n, pick(DEPARTMENTS), InitiativeStatus.ACTIVE, audiences.length ? audiences : [pick(AUDIENCES)], pick(STARTS), pick(ENDS)), isDemo: next() < 0.2 });
    const home = pick(NEIGHBORHOODS);
    sites.push(siteRow(n, `it:keyspot:s${n}a`, SiteKind.KEYSPOT, home, null, null));
    if (next() < 0.3) sites.push(siteRow(n, `it:keyspot:s${n}b`, SiteKind.KEYSPOT, next() < 0.5 ? home : pick(NEIGHBORHOODS), null, null));
  }
  await db.getRepository(Initiative).insert(initiatives);
  await db.getRepository(Site).insert(sites);
}

describe("overlaps listed in order, stopping at the limit", () => {
  let hub: AnalysisSubgraph;
  beforeAll(async () => {
    hub = await startAnalysisSubgraph(randomCatalog);
  });
  afterAll(() => hub?.stop());

  const cases: [label: string, neighborhood: string | null, audience: string | null, from: string | null, to: string | null][] = [
    ["everything", null, null, null, null],
    ["one neighborhood", "birch", null, null, null],
    ["one audience", null, Audience.SENIORS, null, null],
    ["from a date", null, null, "2024-01-15", null],
    ["until a date", null, null, null, "2023-12-31"],
    ["a window in one neighborhood for one audience", "alder", Audience.YOUTH, "2023-03-01", "2024-02-01"],
  ];
  it.each(cases)("gives the rows of the statement it replaced, in its order: %s", async (_label, neighborhood, audience, from, to) => {
    for (const includeDemo of [false, true]) {
      const all = await hub.fixture.query(ALL_PAIRS_SORTED, [neighborhood, audience, from, to, 100_000, includeDemo]);
      expect(all.length).toBeGreaterThan(0);
      for (const limit of [0, 1, 7, 50, all.length, 100_000]) {
        const args = [neighborhood, audience, from, to, limit, includeDemo];
        expect(await hub.fixture.query(IN_ORDER, args)).toEqual(await hub.fixture.query(ALL_PAIRS_SORTED, args));
      }
    }
  });
});
