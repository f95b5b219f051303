import { parks } from "@dlhub/parks";
import { RegistryClient, Role, mintDevelopmentToken } from "@dlhub/schema";
import { type SubgraphService, buildDepartmentSubgraph, close, createLogger, startSubgraph } from "@dlhub/subgraph-kit";
import { queryOk, waitFor } from "@dlhub/subgraph-kit/testing";
import { catalogState, departmentState, strayCatalogRows, timedWait, waitUntilInStep } from "./catalog-compare";
import { type TestHub, startTestHub } from "./start-test-hub";

/**
 * The catalog follows every department: complete soon after start, a department's change visible
 * within 5 seconds, and a department that is down holding back only its own rows.
 */
describe("the hub's catalog, kept in step with the departments", () => {
  let hub: TestHub;
  const service = (name: string) => hub.subgraphs.find((s) => s.name === name) as SubgraphService;
  const hubDb = () => service("hub").database.dataSource;

  const names = ["it", "libraries", "commerce", "parks"];
  const inStep = (name: string, timeoutMs = 5_000) => waitUntilInStep(hubDb(), service(name), timeoutMs);

  beforeAll(async () => {
    hub = await startTestHub();
    // The first catch-up is not what this suite times: a generous deadline for a slow machine.
    for (const name of names) await inStep(name, 60_000);
    // The hook's own limit covers starting the whole hub and every department's first catch-up.
  }, 240_000);
  afterAll(() => hub?.stop());

  it("mirrors every field of every initiative, site, partner, outcome and place, and holds nothing else", async () => {
    for (const name of names) {
      const mirror = await catalogState(hubDb(), name);
      expect(mirror).toEqual(await departmentState(service(name)));
      // The comparison proves something only if there is something to compare.
      for (const rows of Object.values(mirror)) expect(rows.length).toBeGreaterThan(0);
    }
    expect(await strayCatalogRows(hubDb(), names)).toEqual({ initiatives: 0, places: 0, sites: 0, partners: 0, outcomes: 0 });
  });

  it("holds every department's initiatives, with sites placed and freshness reported", async () => {
    const data = await queryOk<any>(
      hub.gatewayUrl,
      `{ departments { name initiativeCount lastSyncedAt lastError }
         initiatives(first: 100) { totalCount nodes { department title departmentSyncedAt sites { name } } } }`,
    );
    expect(data.departments.map((d: any) => d.name)).toEqual(["commerce", "it", "libraries", "parks"]);
    for (const department of data.departments) {
      expect(department.lastError).toBeNull();
      expect(department.initiativeCount).toBeGreaterThan(0);
    }
    const total = data.departments.reduce((sum: number, d: any) => sum + d.initiativeCount, 0);
    expect(data.initiatives.totalCount).toBe(total);
    expect(new Set(data.initiatives.nodes.map((n: any) => n.department))).toEqual(new Set(["IT", "LIBRARIES", "COMMERCE", "PARKS"]));
  });

  it("shows a department's change in the catalog within 5 seconds", async () => {
    await service("libraries").database.dataSource.query(`UPDATE initiative SET title = 'Techmobile summer route' WHERE slug = 'techmobile'`);
    const elapsed = await timedWait(async () => {
      const data = await queryOk<any>(hub.gatewayUrl, `{ initiatives(filter: { search: "summer route" }) { nodes { title } } }`);
      return data.initiatives.nodes.length === 1;
    }, 5_000, "the new title in the catalog");
    expect(elapsed).toBeLessThan(5_000);
  });

  it("carries a renamed place into every initiative's sites", async () => {
    await service("parks").database.dataSource.query(`UPDATE recreation_center SET name = 'Happy Hollow Recreation Center (renamed)' WHERE asset_id = 'demo-1032'`);
    await service("commerce").database.dataSource.query(`UPDATE commercial_corridor SET name = name || ' (renamed)' WHERE id = (SELECT corridor_id FROM business_cohort WHERE corridor_id IS NOT NULL LIMIT 1)`);
    await waitFor(async () => {
      const [{ parks, commerce }] = await hubDb().query(`SELECT
        count(*) FILTER (WHERE site_id = 'parks:recreation_center:demo-1032' AND name LIKE '%(renamed)') AS parks,
        count(*) FILTER (WHERE site_id LIKE 'commerce:%' AND name LIKE '%(renamed)') AS commerce FROM catalog_site`);
      return Number(parks) > 0 && Number(commerce) > 0;
    }, "the new names in the catalog", { timeoutMs: 5_000 });
    const [{ stale }] = await hubDb().query(`SELECT count(*)::int AS stale FROM catalog_site WHERE site_id = 'parks:recreation_center:demo-1032' AND name NOT LIKE '%(renamed)'`);
    expect(stale).toBe(0);
  });

  it("keeps a department that is down in the catalog, marked stale, and catches up when it returns", async () => {
    const down = service("parks");
    await close(down.server);
    const before = await queryOk<any>(hub.gatewayUrl, `{ departments { name lastSyncedAt lastError } }`);
    await waitFor(async () => {
      const data = await queryOk<any>(hub.gatewayUrl, `{ departments { name lastError } }`);
      return data.departments.find((d: any) => d.name === "parks").lastError !== null;
    }, "parks reported down", { timeoutMs: 5_000 });

    // Others go on while parks is down.
    await service("it").database.dataSource.query(`UPDATE initiative SET title = 'KEYSPOT network (renamed)' WHERE slug = 'keyspot-network'`);
    await inStep("it");
    const during = await queryOk<any>(
      hub.gatewayUrl,
      `{ departments { name lastSyncedAt } initiatives(filter: { departments: [PARKS] }) { totalCount nodes { departmentSyncedAt } } }`,
    );
    const parksSynced = during.departments.find((d: any) => d.name === "parks").lastSyncedAt;
    expect(parksSynced).toBe(before.departments.find((d: any) => d.name === "parks").lastSyncedAt);
    expect(during.initiatives.totalCount).toBeGreaterThan(0);
    expect(during.initiatives.nodes[0].departmentSyncedAt).toBe(parksSynced);

    // A change made while the department's server was down arrives once it is back.
    await down.database.dataSource.query(`UPDATE initiative SET title = 'Older adult tech hours (extended)' WHERE slug = 'older-adult-tech-hours'`);
    const back = await startSubgraph(parks, {
      databaseUrl: (down.database.dataSource.options as { url: string }).url,
      port: 0,
      logger: createLogger("parks", "silent"),
    });
    try {
      // Back on another address, the department publishes it; the hub follows the registry there.
      const token = await mintDevelopmentToken(hub.tokenSecret, { subject: "parks-ci", roles: [Role.PUBLISHER], department: "parks" });
      await new RegistryClient(hub.registryUrl, { token }).publish("parks", { sdl: (await buildDepartmentSubgraph(parks)).sdl, routingUrl: back.url });
      await waitUntilInStep(hubDb(), back, 5_000);
      const after = await queryOk<any>(hub.gatewayUrl, `{ departments { name lastError } }`);
      expect(after.departments.find((d: any) => d.name === "parks").lastError).toBeNull();
    } finally {
      await back.close();
    }
  });
});
