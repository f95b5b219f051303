import { RegistryClient, RegistryError, Role, mintDevelopmentToken } from "@dlhub/schema";
import { buildDepartmentSubgraph } from "@dlhub/subgraph-kit";
import { type PrometheusFamily, parsePrometheusText, queryOk, sampleSum, sendHttp, useTestStack, waitFor } from "@dlhub/subgraph-kit/testing";
import { departments } from "@dlhub/local-hub";
import { type TestHub, startTestHub } from "./start-test-hub";

type Scrape = Map<string, PrometheusFamily>;

const PROBE = `query MetricsProbe { initiatives(first: 5) { nodes { title it { keyspotSites { name } } } } }`;
const DEPARTMENTS = departments.map((d) => d.definition.name);

/**
 * Every service of the whole hub (here in one process, as `npm start` runs it) serves its own
 * /metrics: Prometheus text a strict parser accepts, labelled with the service, holding the series
 * the README names, whose values move as coordinator queries and publishes are made.
 */
describe("/metrics of every service", () => {
  const stack = useTestStack();
  let hub: TestHub;
  let services: Record<string, string>;

  beforeAll(async () => {
    hub = stack.add(await startTestHub(), "the test hub");
    services = {
      gateway: new URL(hub.gatewayUrl).origin,
      registry: hub.registryUrl,
      ...Object.fromEntries(hub.subgraphs.map((s) => [s.name, new URL(s.url).origin])),
    };
    // Every department's feed read to its end at least once, so each has a finite lag.
    await waitFor(async () => {
      const lag = (await scrape("hub")).get("dlhub_catalog_lag_seconds")?.samples ?? [];
      return DEPARTMENTS.every((name) => lag.some((s) => s.labels.department === name && Number.isFinite(s.value)));
    }, "every department's feed synced");
  });

  const scrape = async (service: string): Promise<Scrape> => {
    const response = await sendHttp(`${services[service]}/metrics`);
    expect([service, response.status, response.headers.get("content-type")]).toEqual([service, 200, "text/plain; version=0.0.4; charset=utf-8"]);
    return parsePrometheusText(response.text);
  };
  const scrapeAll = async () => Object.fromEntries(await Promise.all(Object.keys(services).map(async (s) => [s, await scrape(s)] as const)));

  it("parses, is each service's own, and has the named series", async () => {
    for (const [service, families] of Object.entries(await scrapeAll())) {
      for (const family of families.values()) {
        for (const sample of family.samples) expect([family.name, sample.labels.service]).toEqual([family.name, service]);
      }
      const names = [...families.keys()];
      expect(names).toEqual(expect.arrayContaining(["process_cpu_seconds_total", "nodejs_eventloop_lag_seconds", "dlhub_http_requests_total"]));
      if (service === "registry") expect(names).toEqual(expect.arrayContaining(["dlhub_registry_publishes_total", "dlhub_registry_checks_total"]));
      else expect(names).toEqual(expect.arrayContaining(["dlhub_graphql_requests_total", "dlhub_graphql_request_duration_seconds"]));
      if (service === "gateway") expect(names).toEqual(expect.arrayContaining(["dlhub_subgraph_fetch_duration_seconds", "dlhub_subgraph_fetch_errors_total"]));
      else expect(sampleSum(families, "dlhub_db_pool_connections", "dlhub_db_pool_connections", { state: "total" })).toBeGreaterThan(0);
    }
    const lag = (await scrape("hub")).get("dlhub_catalog_lag_seconds");
    expect(lag?.type).toBe("gauge");
    for (const name of DEPARTMENTS) {
      for (const feed of ["initiatives", "places"]) {
        const value = sampleSum(await scrape("hub"), "dlhub_catalog_lag_seconds", "dlhub_catalog_lag_seconds", { department: name, feed });
        expect([name, feed, value >= 0 && value < 60]).toEqual([name, feed, true]);
      }
      expect(sampleSum(await scrape("hub"), "dlhub_catalog_feed_up", "dlhub_catalog_feed_up", { department: name })).toBe(1);
    }
  });

  it("counts coordinator queries at the gateway and in each subgraph they reach, with their latency", async () => {
    const before = await scrapeAll();
    for (let i = 0; i < 3; i += 1) await queryOk(hub.gatewayUrl, PROBE);
    const after = await scrapeAll();
    const moved = (service: string, family: string, sample: string, labels: Record<string, string>) =>
      sampleSum(after[service], family, sample, labels) - sampleSum(before[service], family, sample, labels);

    const probe = { operation: "MetricsProbe", outcome: "ok" };
    expect(moved("gateway", "dlhub_graphql_requests_total", "dlhub_graphql_requests_total", probe)).toBe(3);
    expect(moved("gateway", "dlhub_graphql_request_duration_seconds", "dlhub_graphql_request_duration_seconds_count", probe)).toBe(3);
    expect(moved("gateway", "dlhub_graphql_request_duration_seconds", "dlhub_graphql_request_duration_seconds_sum", probe)).toBeGreaterThan(0);
    expect(moved("gateway", "dlhub_http_requests_total", "dlhub_http_requests_total", { route: "/graphql", status: "200" })).toBeGreaterThanOrEqual(3);
    for (const subgraph of ["hub", "it"]) {
      expect([subgraph, moved("gateway", "dlhub_subgraph_fetch_duration_seconds", "dlhub_subgraph_fetch_duration_seconds_count", { subgraph })]).toEqual([subgraph, 3]);
      // The gateway names each subgraph's part of the plan after the operation: MetricsProbe__hub__0.
      const operation = after[subgraph].get("dlhub_graphql_requests_total")?.samples.find((s) => s.labels.operation.startsWith("MetricsProbe__"))?.labels.operation;
      expect([subgraph, operation && moved(subgraph, "dlhub_graphql_requests_total", "dlhub_graphql_requests_total", { operation, outcome: "ok" })]).toEqual([subgraph, 3]);
    }
  });

  it("counts the registry's publishes by outcome, refusals by their code", async () => {
    const before = await scrape("registry");
    const it = departments.find((d) => d.definition.name === "it")?.definition;
    const routingUrl = hub.subgraphs.find((s) => s.name === "it")?.url as string;
    const sdl = (await buildDepartmentSubgraph(it as NonNullable<typeof it>)).sdl;
    const publisher = await mintDevelopmentToken(hub.tokenSecret, { subject: "test:it", roles: [Role.PUBLISHER], department: "it" });
    const otherPublisher = await mintDevelopmentToken(hub.tokenSecret, { subject: "test:parks", roles: [Role.PUBLISHER], department: "parks" });
    await new RegistryClient(hub.registryUrl, { token: publisher }).publish("it", { sdl, routingUrl });
    await expect(new RegistryClient(hub.registryUrl, { token: otherPublisher }).publish("it", { sdl, routingUrl })).rejects.toBeInstanceOf(RegistryError);
    await expect(new RegistryClient(hub.registryUrl, {}).publish("it", { sdl, routingUrl })).rejects.toBeInstanceOf(RegistryError);
    await new RegistryClient(hub.registryUrl, { token: publisher }).check("it", { sdl, routingUrl });
    const after = await scrape("registry");
    const moved = (family: string, outcome: string) => sampleSum(after, family, family, { outcome }) - sampleSum(before, family, family, { outcome });
    expect(["unchanged", "FORBIDDEN", "UNAUTHENTICATED"].map((outcome) => moved("dlhub_registry_publishes_total", outcome))).toEqual([1, 1, 1]);
    expect(moved("dlhub_registry_checks_total", "passed")).toBe(1);
    const forbidden = { route: "/subgraphs/:name/publish", status: "403" };
    expect(sampleSum(after, "dlhub_http_requests_total", "dlhub_http_requests_total", forbidden) - sampleSum(before, "dlhub_http_requests_total", "dlhub_http_requests_total", forbidden)).toBe(1);
  });

  // Last: IT stays down.
  it("counts a department that cannot be reached against it, and the answer's outcome by its code", async () => {
    const before = await scrape("gateway");
    const it = hub.subgraphs.find((s) => s.name === "it");
    await it?.server.httpServer.close();
    it?.server.httpServer.closeAllConnections();
    const answer = await sendHttp(hub.gatewayUrl, { headers: { "content-type": "application/json" }, body: JSON.stringify({ query: PROBE }) });
    expect(answer.errors?.[0]?.extensions?.code).toBe("DEPARTMENT_UNAVAILABLE");
    const after = await scrape("gateway");
    const moved = (sample: string, family: string, labels: Record<string, string>) => sampleSum(after, family, sample, labels) - sampleSum(before, family, sample, labels);
    expect(moved("dlhub_subgraph_fetch_errors_total", "dlhub_subgraph_fetch_errors_total", { subgraph: "it", reason: "unreachable" })).toBe(1);
    expect(moved("dlhub_graphql_requests_total", "dlhub_graphql_requests_total", { operation: "MetricsProbe", outcome: "DEPARTMENT_UNAVAILABLE" })).toBe(1);
  });
});
