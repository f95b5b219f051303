import { randomBytes } from "node:crypto";
import { createGatewayServer, openRateLimitStore } from "@dlhub/gateway";
import { hub as hubDefinition } from "@dlhub/hub";
import { startRegistry } from "@dlhub/registry";
import { RegistryClient, Role, createIdentityVerifier, mintDevelopmentToken } from "@dlhub/schema";
import { type DepartmentDefinition, type GraphqlServer, type SubgraphService, buildDepartmentSubgraph, close, createLogger, listen, openDatabase, startSubgraph } from "@dlhub/subgraph-kit";
import { createTestDatabase, postGraphql, useTestStack, waitFor } from "@dlhub/subgraph-kit/testing";
import { type DataSource } from "typeorm";
import { departments } from "../src/departments";
import { publishDepartments } from "../src/publish";
import { catalogState, departmentState, inStep, strayCatalogRows } from "./catalog-compare";
import { type HubProcess, startHubProcess } from "./hub-process";
import { type ServiceProxy, startServiceProxy } from "./service-proxy";
import { startSteadyStream } from "./steady-stream";

const POLL_MS = 500;
const RATE_LIMIT = 40;
const logger = createLogger("dlhub", "silent");

const coordinatorQueries = [
  `{ initiatives(first: 20) { totalCount nodes { title department sites { name neighborhood { name } } } } }`,
  `{ initiatives(first: 20) { nodes { title library { classes { title } } parks { computerLabs { workstations } } } } }`,
  `{ coverageGaps(limit: 5) { score neighborhood { name } } departments { name lastSyncedAt } }`,
  `{ libraryInitiatives(first: 5) { nodes { title } } keyspotSites { name hostBranch { name } } }`,
];

/**
 * Issue 12's acceptance: the registry, the departments, two copies of the hub on one hub database
 * (each in a process of its own, behind a Service that routes to live copies) and two gateways
 * sharing one rate limit, all on one PostgreSQL server. Under a steady stream of coordinator
 * queries over both gateways the syncing hub is killed: the other copy takes over, the catalog
 * ends equal to the departments, nothing is doubled, no request fails, both gateways serve the
 * same supergraph, and the rate limit holds across both gateways together.
 */
describe("several copies of every service on one PostgreSQL", () => {
  const stack = useTestStack();
  const tokenSecret = randomBytes(32).toString("base64url");
  const forwardingSecret = randomBytes(32).toString("base64url");
  let services: SubgraphService[];
  let registryUrl: string;
  let hubUrl: string;
  let hubs: HubProcess[];
  let hubService: ServiceProxy;
  let catalog: DataSource;
  let gateways: string[];
  const tokens = new Map<string, Promise<string>>();
  const tokenOf = (subject: string) => {
    if (!tokens.has(subject)) tokens.set(subject, mintDevelopmentToken(tokenSecret, { subject, roles: [Role.COORDINATOR] }));
    return tokens.get(subject) as Promise<string>;
  };
  const service = (name: string) => services.find((s) => s.name === name) as SubgraphService;
  const names = departments.map((d) => d.definition.name);
  const servedVersion = async (gateway: string) =>
    ((await (await fetch(gateway.replace(/\/graphql$/, "/ready"))).json()) as { supergraph?: { version: number } }).supergraph?.version;

  const startHubCopy = async (seed: boolean) => {
    const copy = await startHubProcess({
      HUB_DATABASE_URL: hubUrl,
      HUB_REGISTRY_URL: registryUrl,
      HUB_SYNC_INTERVAL_MS: "200",
      HUB_SEED_DEMO_DATA: String(seed),
      DLHUB_FORWARDING_SECRET: forwardingSecret,
    });
    stack.defer("a hub copy", () => copy.stop());
    return copy;
  };

  const startGateway = async (gatewayDatabase: string): Promise<string> => {
    const rateLimitStore = await openRateLimitStore({ kind: "postgres", url: gatewayDatabase, createDatabase: false }, RATE_LIMIT, logger);
    stack.defer("a gateway's rate limit store", () => rateLimitStore.close());
    const server: GraphqlServer = await createGatewayServer({
      supergraph: { registryUrl, pollIntervalMs: POLL_MS },
      identity: { verifier: createIdentityVerifier({ secret: tokenSecret }), forwardingSecret },
      rateLimitPerMinute: RATE_LIMIT,
      rateLimitStore,
      logger,
    });
    stack.defer("a gateway", () => close(server));
    return `http://127.0.0.1:${await listen(server, 0, "127.0.0.1")}/graphql`;
  };

  /** A department as its main starts it: its own database on the one server, its demo data. */
  const startDepartment = async (definition: DepartmentDefinition) => {
    const database = await createTestDatabase(definition.name);
    stack.defer(`database ${database.name}`, () => database.drop());
    const department = await startSubgraph(definition, { databaseUrl: database.url, port: 0, seed: true, forwardingSecret, logger });
    stack.defer(definition.name, () => department.close());
    return department;
  };

  beforeAll(async () => {
    services = await Promise.all(departments.map(({ definition }) => startDepartment(definition)));
    const [registryDatabase, hubDatabase, gatewayDatabase] = await Promise.all(["registry", "hub_copies", "gateway"].map((label) => createTestDatabase(label)));
    for (const database of [registryDatabase, hubDatabase, gatewayDatabase]) stack.defer(`database ${database.name}`, () => database.drop());
    const registry = await startRegistry({ databaseUrl: registryDatabase.url, port: 0, verifier: createIdentityVerifier({ secret: tokenSecret }) });
    stack.defer("the registry", () => registry.close());
    registryUrl = registry.url;
    hubUrl = hubDatabase.url;

    // Both copies start at once on the empty database, as a cluster starts them: one migrates
    // while the other waits, then one takes the lead. The first loads the City's demo geography.
    const started = await Promise.all([startHubCopy(true), startHubCopy(false)]);
    const leads = (copy: HubProcess) => copy.log.some((line) => line.msg === "leading the catalog sync");
    const leader = await waitFor(() => started.find(leads), "a hub copy to take the lead");
    const follower = started.find((copy) => copy !== leader) as HubProcess;
    await follower.logged("another copy leads the catalog sync; this one takes over if that one stops");
    hubs = [leader, follower];
    hubService = await startServiceProxy(hubs.map((copy) => new URL(copy.url).origin));
    stack.defer("the hub's Service", () => hubService.stop());

    await publishDepartments({
      registryUrl,
      tokenSecret,
      subgraphs: [
        { name: "hub", routingUrl: `${hubService.origin}/graphql`, sdl: (await buildDepartmentSubgraph(hubDefinition)).sdl },
        ...(await Promise.all(departments.map(async ({ definition }) => ({ name: definition.name, routingUrl: service(definition.name).url, sdl: (await buildDepartmentSubgraph(definition)).sdl })))),
      ],
      logger,
    });
    gateways = [await startGateway(gatewayDatabase.url), await startGateway(gatewayDatabase.url)];

    ({ dataSource: catalog } = await openDatabase({ url: hubUrl, entities: hubDefinition.entities, migrations: hubDefinition.migrations }));
    stack.defer("the catalog's connection", () => catalog.destroy());
    await waitFor(async () => (await Promise.all(services.map((s) => inStep(catalog, s)))).every(Boolean), "the first catalog", { timeoutMs: 60_000 });
  });

  it("takes over the sync when the syncing hub dies, ends equal to the departments, and fails no request", async () => {
    // Many coordinators' dashboards over both gateways, each coordinator within the rate limit.
    const streams = gateways.map((gateway, g) =>
      startSteadyStream(gateway, coordinatorQueries, 2, async (request) => ({ token: await tokenOf(`dashboard-${g}-${Math.floor(request / 10)}`) })),
    );
    const answered = () => streams.reduce((sum, stream) => sum + stream.served(), 0);
    await waitFor(() => answered() > 40, "the stream to be under way");

    const [leader, follower] = hubs;
    // Both copies serve reads, the one that does not sync too.
    const [leaderOrigin, followerOrigin] = hubs.map((copy) => new URL(copy.url).origin);
    await waitFor(() => (hubService.answered.get(followerOrigin) ?? 0) > 5 && (hubService.answered.get(leaderOrigin) ?? 0) > 5, "both hub copies to answer");
    const killedAt = Date.now();
    await leader.kill();
    // The departments change while no copy syncs: an update, a new initiative, an ended one, a new outcome, a renamed place.
    const db = (name: string) => service(name).database.dataSource;
    await db("libraries").query(`UPDATE initiative SET title = 'Computer Basics (taken over)' WHERE slug = 'computer-basics-classes'`);
    await db("libraries").query(`INSERT INTO initiative (slug, title, summary, kind, status, audiences, languages, pillars, start_date)
      VALUES ('takeover-help-desk', 'Help desk during a takeover', 'Drop-in help. (DL Hub demo data)', 'OPEN_LAB', 'ACTIVE', '{SENIORS}', '{EN}', '{SKILLS}', '2025-01-06')`);
    await db("commerce").query(`DELETE FROM initiative WHERE id = (SELECT id FROM initiative ORDER BY slug LIMIT 1)`);
    await db("parks").query(`INSERT INTO initiative_outcome (initiative_id, metric, value, period_start, period_end)
      SELECT id, 'VISITS', 91, '2025-04-01', '2025-06-30' FROM initiative WHERE slug = 'digital-access-hubs'`);
    await db("parks").query(`UPDATE recreation_center SET name = 'Happy Hollow Recreation Center (taken over)' WHERE asset_id = 'demo-1032'`);

    // Takeover: the follower holds the lock, then completes a whole round (every department's both feeds read to their end).
    const leading = await follower.logged("leading the catalog sync", { timeoutMs: 15_000 });
    const roundDone = await waitFor(
      async () => {
        const [{ done }] = await catalog.query(`SELECT min(LEAST(last_synced_at, places_synced_at)) > to_timestamp($1 / 1000.0) AS done FROM department_feed`, [leading.time]);
        return done && Date.now();
      },
      "the new leader's first full round",
      { timeoutMs: 15_000, intervalMs: 10 },
    );
    const lockTakenMs = leading.time - killedAt;
    const takeoverMs = roundDone - killedAt;
    await waitFor(async () => (await Promise.all(services.map((s) => inStep(catalog, s)))).every(Boolean), "the catalog to catch up", { timeoutMs: 15_000 });
    const inStepMs = Date.now() - killedAt;

    // A publish (the libraries' subgraph moves): both gateways serve the new supergraph within a
    // poll interval and the time a gateway takes to switch schemas.
    const before = await servedVersion(gateways[0]);
    const libraries = departments.find(({ definition }) => definition.name === "libraries")!.definition;
    const publisher = await mintDevelopmentToken(tokenSecret, { subject: "libraries-ci", roles: [Role.PUBLISHER], department: "libraries" });
    const sdl = (await buildDepartmentSubgraph(libraries)).sdl;
    await new RegistryClient(registryUrl, { token: publisher }).publish("libraries", { sdl, routingUrl: `${service("libraries").url}?moved=1` });
    const published = Date.now();
    const adopted = await Promise.all(
      gateways.map((gateway) => waitFor(async () => (await servedVersion(gateway)) === (before as number) + 1 && Date.now(), "the new supergraph", { intervalMs: 10 })),
    );

    const servedBefore = answered();
    await waitFor(() => answered() > servedBefore + 40, "more answers after the takeover and the publish");
    const results = await Promise.all(streams.map((stream) => stream.stop()));
    console.info(
      `takeover: the lock held by the other copy ${lockTakenMs} ms after the kill, its first full round done at ${takeoverMs} ms, ` +
        `the catalog in step at ${inStepMs} ms; a publish served by both gateways after ${adopted.map((at) => at - published).join(" and ")} ms; ` +
        `${results.reduce((sum, r) => sum + r.requests, 0)} requests, ${hubService.failedOver} hub requests sent on to the live copy`,
    );
    expect(results.flatMap((r) => r.failures)).toEqual([]);
    expect(takeoverMs).toBeLessThan(10_000);
    // Both gateways, and the streams, run in this one process: a schema switch takes about a second here.
    for (const at of adopted) expect(at - published).toBeLessThan(POLL_MS + 5_000);

    // Every field of every row, and nothing twice or left over.
    for (const name of names) expect(await catalogState(catalog, name)).toEqual(await departmentState(service(name)));
    expect(await strayCatalogRows(catalog, names)).toEqual({ initiatives: 0, places: 0, sites: 0, partners: 0, outcomes: 0 });
    const [doubled] = await catalog.query(`SELECT
      (SELECT count(*)::int FROM (SELECT 1 FROM catalog_site GROUP BY initiative_id, site_id HAVING count(*) > 1) s) AS sites,
      (SELECT count(*)::int FROM (SELECT 1 FROM catalog_partner GROUP BY initiative_id, partner_slug HAVING count(*) > 1) p) AS partners,
      (SELECT count(*)::int FROM (SELECT 1 FROM catalog_outcome GROUP BY initiative_id, metric, period_start HAVING count(*) > 1) o) AS outcomes`);
    expect(doubled).toEqual({ sites: 0, partners: 0, outcomes: 0 });
  });

  it("holds the rate limit across both gateways together", async () => {
    const token = await tokenOf("rate-check@phila.gov");
    const ask = (i: number) => postGraphql(gateways[i % 2], `{ __typename }`, {}, { token });
    for (let i = 0; i < RATE_LIMIT; i++) expect((await ask(i)).status).toBe(200);
    for (const i of [0, 1]) {
      const refused = await ask(i);
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(refused.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
    }
  });
});
