import { DEMO_DATASET, InitiativeKind, InitiativeStatus, SiteKind } from "@dlhub/schema";
import { ImportWriter, type PlaceSnapshot, type WriteCounts, createLogger, openDatabase, startSubgraph, upsertDemoInitiatives } from "@dlhub/subgraph-kit";
import { createTestDatabase, queryOk, expectConstantStatements, readPlaceFeedPage, startTestSubgraph, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { type DataSource } from "typeorm";
import { immigrantAffairs } from "../src/department.js";
import { ImmigrantAffairsInitiative } from "../src/initiatives/immigrant-affairs-initiative.entity.js";
import { LanguageAccessChannel } from "../src/language-access/language-access-channel.js";
import { ImmigrantAffairsVenue } from "../src/venues/immigrant-affairs-venue.entity.js";
import { initiatives } from "../src/seed/demo-data.js";
import { languageAccessServices } from "../src/seed/demo-language-access.js";
import { venues } from "../src/seed/demo-venues.js";

const venueId = (venue: { kind: string; slug: string }) => `immigrant-affairs:${venue.kind.toLowerCase()}:${venue.slug}`;
const desks = languageAccessServices.filter((s) => s.channels.includes(LanguageAccessChannel.WALK_IN));

/** A real initiative, as an import or an editor would write it. */
async function saveRealInitiative(db: DataSource, slug: string): Promise<string> {
  const saved = await db.getRepository(ImmigrantAffairsInitiative).save({
    slug,
    title: "Real workshops",
    summary: "Imported from the Office's own list.",
    kind: InitiativeKind.CLASS_SERIES,
    status: InitiativeStatus.ACTIVE,
    startDate: "2025-02-03",
    isDemo: false,
  });
  return saved.id;
}

describe("the Office of Immigrant Affairs' places", () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(immigrantAffairs);
  });
  afterAll(() => subgraph?.stop());

  it("serves every venue under its own kind and every walk-in service as a language-access desk inside its venue", async () => {
    const page = await readPlaceFeedPage(subgraph.url);
    expect(page).toMatchObject({ departmentId: "immigrant-affairs", department: "IMMIGRANT_AFFAIRS", hasMore: false });
    const places = new Map(page.changes.map((c) => [c.placeId, c.place as PlaceSnapshot]));
    expect(desks).toHaveLength(3);
    expect([...places.keys()].sort()).toEqual([...venues.map(venueId), ...desks.map((d) => `immigrant-affairs:language_access_desk:${d.slug}`)].sort());
    for (const place of places.values()) {
      expect(place).toMatchObject({ departmentId: "immigrant-affairs", department: "IMMIGRANT_AFFAIRS", typeCode: null, status: "OPEN", workstations: null, weeklyOpenHours: null });
      expect(place).toMatchObject({ isDemo: true, sourceDataset: DEMO_DATASET, sourceImportedAt: null });
      expect(place.id).toMatch(/^immigrant-affairs:[a-z_]+:demo-/);
    }
    expect(places.get("immigrant-affairs:keyspot:demo-philadelphia-fight-keyspot")).toMatchObject({ kind: "KEYSPOT", address: "21 S 12th St", hostPlaceId: null });

    const desk = places.get("immigrant-affairs:language_access_desk:demo-seamaac-walk-in-sign-up");
    expect(desk).toMatchObject({
      kind: "LANGUAGE_ACCESS_DESK",
      name: "Walk-in workshop sign-up at SEAMAAC",
      address: "1711 S Broad St",
      latitude: 39.92948,
      longitude: -75.16903,
      hostPlaceId: "immigrant-affairs:partner_site:demo-seamaac-south-broad",
    });
    for (const { hostPlaceId } of [...places.values()].filter((p) => p.kind === "LANGUAGE_ACCESS_DESK")) expect(places.has(hostPlaceId as string)).toBe(true);

    const data = await queryOk<any>(subgraph.url, `{ immigrantAffairsInitiatives { nodes { sites { id } } } }`);
    const siteIds: string[] = data.immigrantAffairsInitiatives.nodes.flatMap((n: { sites: { id: string }[] }) => n.sites.map((s) => s.id));
    expect(siteIds).toHaveLength(venues.length);
    for (const id of siteIds) expect(places.has(id)).toBe(true);
  });

  it("reads a page of the place feed in the same statements however many places it holds", async () => {
    await expectConstantStatements({
      // The feed is no GraphQL request: every statement the department sends counts.
      statements: () => subgraph.service.database.statements.count,
      request: (size) => readPlaceFeedPage(subgraph.url, null, size === "small" ? 1 : 50),
    });
  });

  it("puts a venue's desks in the feed when the venue moves, and drops a desk that stops taking walk-ins", async () => {
    const db = subgraph.service.database.dataSource;
    const { cursor } = await readPlaceFeedPage(subgraph.url);
    await db.query(`UPDATE venue SET address = '1713 S Broad St' WHERE slug = 'demo-seamaac-south-broad'`);
    const moved = await readPlaceFeedPage(subgraph.url, cursor);
    expect(moved.changes.map((c) => [c.placeId, c.place?.address]).sort()).toEqual([
      ["immigrant-affairs:language_access_desk:demo-seamaac-walk-in-sign-up", "1713 S Broad St"],
      ["immigrant-affairs:partner_site:demo-seamaac-south-broad", "1713 S Broad St"],
    ]);

    await db.query(`UPDATE language_access_service SET channels = ARRAY['PHONE'] WHERE slug = 'demo-congreso-walk-in-sign-up'`);
    const closed = await readPlaceFeedPage(subgraph.url, moved.cursor);
    expect(closed.changes).toEqual([{ placeId: "immigrant-affairs:language_access_desk:demo-congreso-walk-in-sign-up", place: null }]);
  });
});

describe("the Office of Immigrant Affairs' demo venues when real venues arrive", () => {
  let subgraph: TestSubgraph;
  const db = () => subgraph.service.database.dataSource;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(immigrantAffairs);
  });
  afterAll(() => subgraph?.stop());

  it("retires the demo venues and the desks in them, serves the real venue from the file only, and never seeds them back", async () => {
    const before = await readPlaceFeedPage(subgraph.url);
    const initiativeId = await saveRealInitiative(db(), "office-computer-workshops");
    const real = { slug: "seamaac-south-broad", kind: SiteKind.PARTNER_SITE, name: "SEAMAAC", address: "1711 S Broad St", latitude: 39.9295, longitude: -75.169 };
    let tables: Record<string, WriteCounts> = {};
    await db().transaction(async (manager) => {
      const writer = new ImportWriter(manager, "/imports/oia-venues.csv");
      await writer.retireDemo(ImmigrantAffairsVenue);
      await writer.upsert(ImmigrantAffairsVenue, [{ ...real, initiativeId, ...writer.source }], ["slug"]);
      tables = writer.tables();
    });
    expect(tables.venue).toEqual({ inserted: 1, updated: 0, unchanged: 0, retired: venues.length });

    const remaining = async () => (await db().query(`SELECT slug FROM language_access_service ORDER BY slug`)).map((r: { slug: string }) => r.slug);
    const withoutVenue = languageAccessServices.filter((s) => s.venueSlug === null).map((s) => s.slug).sort();
    expect(await remaining()).toEqual(withoutVenue);
    await immigrantAffairs.seed?.(db());
    expect(await remaining()).toEqual(withoutVenue);
    expect(await db().query(`SELECT slug, is_demo FROM venue`)).toEqual([{ slug: real.slug, is_demo: false }]);

    const after = await readPlaceFeedPage(subgraph.url, before.cursor);
    const changed = new Map(after.changes.map((c) => [c.placeId, c.place]));
    for (const venue of venues) expect(changed.get(venueId(venue))).toBeNull();
    for (const desk of desks) expect(changed.get(`immigrant-affairs:language_access_desk:${desk.slug}`)).toBeNull();
    expect(changed.get("immigrant-affairs:partner_site:seamaac-south-broad")).toEqual({
      id: "immigrant-affairs:partner_site:seamaac-south-broad",
      departmentId: "immigrant-affairs",
      department: "IMMIGRANT_AFFAIRS",
      kind: "PARTNER_SITE",
      typeCode: null,
      status: "OPEN",
      name: real.name,
      address: real.address,
      latitude: real.latitude,
      longitude: real.longitude,
      workstations: null,
      weeklyOpenHours: null,
      sourceDataset: "oia-venues.csv",
      sourceImportedAt: expect.any(String),
      isDemo: false,
      hostPlaceId: null,
    });
  });
});

describe("the Office of Immigrant Affairs' seed beside a real initiative", () => {
  it("leaves a real initiative with a demo slug alone and attaches no demo venue or service to it", async () => {
    const subgraph = await startTestSubgraph(immigrantAffairs, { seed: false });
    try {
      const db = subgraph.service.database.dataSource;
      const realId = await saveRealInitiative(db, "multilingual-digital-skills-workshops");
      await immigrantAffairs.seed?.(db);
      const [attached] = await db.query(
        `SELECT (SELECT count(*) FROM venue WHERE initiative_id = $1)::int AS venues,
                (SELECT count(*) FROM language_access_service WHERE initiative_id = $1)::int AS services,
                (SELECT count(*) FROM initiative WHERE is_demo)::int AS "demoInitiatives"`,
        [realId],
      );
      expect(attached).toEqual({ venues: 0, services: 0, demoInitiatives: initiatives.length - 1 });
      const [{ summary }] = await db.query(`SELECT summary FROM initiative WHERE id = $1`, [realId]);
      expect(summary).toBe("Imported from the Office's own list.");
      // The workshops' three venues and the two desks in them hang off the real initiative's slug: none were seeded.
      const [{ venues: seededVenues }] = await db.query(`SELECT count(*)::int AS venues FROM venue`);
      expect(seededVenues).toBe(venues.filter((v) => v.initiative !== "multilingual-digital-skills-workshops").length);
    } finally {
      await subgraph.stop();
    }
  });
});

describe("the Office of Immigrant Affairs' place migration on a database the old seed filled", () => {
  it("renames and marks the seeded venues and services, keeps services at their venues, and the seed adds no second copy", async () => {
    const database = await createTestDatabase("immigrant_affairs_upgrade");
    const old = await openDatabase({ url: database.url, entities: immigrantAffairs.entities, migrations: (immigrantAffairs.migrations as Function[]).slice(0, -1) });
    const ids = await old.dataSource.transaction((manager) => upsertDemoInitiatives(manager, ImmigrantAffairsInitiative, initiatives));
    const workshops = ids.get("multilingual-digital-skills-workshops");
    await old.dataSource.query(
      `INSERT INTO venue (slug, initiative_id, kind, name, address, latitude, longitude)
       VALUES ('seamaac-south-broad', $1, 'PARTNER_SITE', 'SEAMAAC community room', '1711 S Broad St', 39.92948, -75.16903)`,
      [workshops],
    );
    await old.dataSource.query(
      `INSERT INTO language_access_service (slug, initiative_id, venue_slug, name, languages, channels, how_to_reach)
       VALUES ('seamaac-walk-in-sign-up', $1, 'seamaac-south-broad', 'Walk-in workshop sign-up at SEAMAAC', '{VI}', '{WALK_IN}', 'Come in.')`,
      [workshops],
    );
    await old.dataSource.destroy();

    const service = await startSubgraph(immigrantAffairs, { databaseUrl: database.url, port: 0, seed: true, logger: createLogger("immigrant-affairs", "silent") });
    try {
      const db = service.database.dataSource;
      expect(await db.query(`SELECT venue_slug, is_demo, source_dataset FROM language_access_service WHERE slug = 'demo-seamaac-walk-in-sign-up'`)).toEqual([
        { venue_slug: "demo-seamaac-south-broad", is_demo: true, source_dataset: DEMO_DATASET },
      ]);
      const [counts] = await db.query(`SELECT (SELECT count(*) FROM venue)::int AS venues, (SELECT count(*) FROM language_access_service)::int AS services,
        (SELECT count(*) FROM venue WHERE slug NOT LIKE 'demo-%' OR NOT is_demo)::int AS unmarked`);
      expect(counts).toEqual({ venues: venues.length, services: languageAccessServices.length, unmarked: 0 });
      const page = await readPlaceFeedPage(service.url);
      expect(page.changes.map((c) => c.placeId)).not.toContain("immigrant-affairs:partner_site:seamaac-south-broad");
      expect(page.changes.filter((c) => c.place)).toHaveLength(venues.length + desks.length);
    } finally {
      await service.close();
      await database.drop();
    }
  });
});
