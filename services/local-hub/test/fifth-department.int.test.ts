import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { immigrantAffairs } from "@dlhub/immigrant-affairs";
import { runDlhub } from "@dlhub/cli";
import { REPOSITORY_ROOT, RegistryClient, Role, mintDevelopmentToken } from "@dlhub/schema";
import { type TestSubgraph, queryOk, startTestSubgraph, waitFor } from "@dlhub/subgraph-kit/testing";
import { type TestHub, startTestHub } from "./start-test-hub";
import { startSteadyStream } from "./steady-stream";

/**
 * Issue 4's acceptance: a department that did not exist when the hub started joins it by
 * publishing, with nothing in the gateway or the hub changed; and publishes that would break the
 * graph are refused while the gateway goes on answering.
 */
describe("a fifth department joins by publishing", () => {
  let hub: TestHub;
  let oia: TestSubgraph;
  const scratch = mkdtempSync(join(tmpdir(), "dlhub-publish-"));
  const publisher = (department: string) =>
    mintDevelopmentToken(hub.tokenSecret, { subject: `${department}-ci`, roles: [Role.PUBLISHER], department });
  const dlhub = async (...argv: string[]) => {
    const out: string[] = [];
    const exitCode = await runDlhub([...argv, "--registry", hub.registryUrl], {
      stdout: { write: (text: string) => out.push(text) },
      stderr: { write: (text: string) => out.push(text) },
      env: {},
      cwd: REPOSITORY_ROOT,
    });
    return { exitCode, output: out.join("") };
  };
  const servedVersion = async () => {
    const ready = (await (await fetch(hub.gatewayUrl.replace(/\/graphql$/, "/ready"))).json()) as { supergraph: { version: number } };
    return ready.supergraph.version;
  };
  const librariesSdl = readFileSync(join(REPOSITORY_ROOT, "services", "libraries", "schema.graphql"), "utf8");
  const coordinatorQueries = [
    `{ initiatives(first: 20) { totalCount nodes { title department sites { name neighborhood { name } } } } }`,
    `{ initiatives(first: 20) { nodes { title library { classes { title } } parks { computerLabs { workstations } } } } }`,
    `{ coverageGaps(limit: 5) { score neighborhood { name } } }`,
    `{ libraryInitiatives(first: 5) { nodes { title } } keyspotSites { name hostBranch { name } } }`,
  ];

  beforeAll(async () => {
    hub = await startTestHub();
    oia = await startTestSubgraph(immigrantAffairs);
  });
  afterAll(async () => {
    await hub?.stop();
    await oia?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("refuses breaking, non-composing and non-conforming publishes while the gateway answers every request", async () => {
    const stream = startSteadyStream(hub.gatewayUrl, coordinatorQueries);
    const before = await servedVersion();
    const token = await publisher("libraries");
    const publishLibraries = async (sdl: string) => {
      const file = join(scratch, `libraries-${Date.now()}.graphql`);
      writeFileSync(file, sdl);
      const routingUrl = hub.subgraphs.find((s) => s.name === "libraries")!.url;
      return dlhub("subgraph", "publish", "--name", "libraries", "--schema", file, "--routing-url", routingUrl, "--token", token);
    };

    // `classes` on LibraryInitiative is in the coordinator's saved InitiativeDetails query.
    const withoutClasses = librariesSdl.replace(/\n\s*"""[^"]*"""\n\s*classes: \[[^\]]+\]!|\n\s*classes: \[[^\]]+\]!/, "");
    expect(withoutClasses).not.toEqual(librariesSdl);
    const breaking = await publishLibraries(withoutClasses);
    expect(breaking.exitCode).toBe(2);
    expect(breaking.output).toContain("coordinator/InitiativeDetails");

    // Neighborhood is the hub's entity, keyed by id; a different key field type cannot compose.
    const notComposing = await publishLibraries(`${librariesSdl}\nextend type Query { branchCount: Int! }\ntype Neighborhood @key(fields: "id") { id: Int! }\n`);
    expect(notComposing.exitCode).toBe(2);

    // Without its detail field on Initiative the libraries subgraph breaks the hub contract.
    const notConforming = await publishLibraries(librariesSdl.replace(/\ntype Initiative\b[\s\S]*?\n}\n/, "\n"));
    expect(notConforming.exitCode).toBe(2);
    expect(notConforming.output).toContain("DETAIL_FIELD");

    // The gateway serves only what the registry stored, and the registry stored none of them.
    expect((await new RegistryClient(hub.registryUrl).supergraph())?.version).toBe(before);
    expect(await servedVersion()).toBe(before);
    // Enough answers to mean something, however fast the refusals came.
    await waitFor(() => stream.served() > 20, "more than 20 answers during and after the refused publishes");
    const { requests, failures } = await stream.stop();
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(20);
  });

  it("refuses a publish made with another department's credential", async () => {
    const result = await dlhub(
      "subgraph", "publish", "--name", "immigrant-affairs", "--url", oia.url, "--routing-url", oia.url, "--token", await publisher("parks"),
    );
    expect(result.exitCode).toBe(3);
    expect(result.output).toContain("FORBIDDEN");
  });

  it("serves the new department's initiatives, detail field and analyses within 10 seconds of its publish", async () => {
    const stream = startSteadyStream(hub.gatewayUrl, coordinatorQueries);
    const gapsBefore = await queryOk<any>(hub.gatewayUrl, `{ coverageGaps(limit: 100, audiences: [IMMIGRANTS]) { neighborhood { id } sites initiativesForAudiences } }`);
    const token = await publisher("immigrant-affairs");
    const check = await dlhub("subgraph", "check", "--name", "immigrant-affairs", "--url", oia.url, "--token", token);
    expect(check).toMatchObject({ exitCode: 0 });

    const published = await dlhub("subgraph", "publish", "--name", "immigrant-affairs", "--url", oia.url, "--routing-url", oia.url, "--token", token, "--json");
    const publishedAt = Date.now();
    expect(published.exitCode).toBe(0);
    const { supergraph } = (JSON.parse(published.output) as { data: { supergraph: { version: number } } }).data;

    await waitFor(async () => (await servedVersion()) >= supergraph.version, "the gateway to serve the new supergraph", { timeoutMs: 10_000 });
    const servedAfterMs = Date.now() - publishedAt;
    const own = await queryOk<any>(oia.url, `{ immigrantAffairsInitiatives(first: 100) { nodes { id title } } }`);
    const expected = own.immigrantAffairsInitiatives.nodes.length;
    const catalog = await waitFor(async () => {
      const data = await queryOk<any>(
        hub.gatewayUrl,
        `{ initiatives(filter: { departments: [IMMIGRANT_AFFAIRS] }, first: 100) {
            totalCount nodes { title audiences sites { neighborhood { id } } immigrantAffairs { __typename } } } }`,
      );
      return data.initiatives.totalCount === expected ? data.initiatives : undefined;
    }, "the new department's initiatives in the catalog", { timeoutMs: 10_000 });
    const inCatalogAfterMs = Date.now() - publishedAt;
    expect(inCatalogAfterMs).toBeLessThan(10_000);
    console.log(`publish → served supergraph ${servedAfterMs} ms; publish → initiatives in the catalog ${inCatalogAfterMs} ms`);

    expect(expected).toBeGreaterThanOrEqual(4);
    for (const node of catalog.nodes) expect(node.immigrantAffairs).toEqual({ __typename: "ImmigrantAffairsInitiative" });

    // Coverage gaps count its sites, and overlaps pair it with other departments' work.
    const gapsAfter = await queryOk<any>(hub.gatewayUrl, `{ coverageGaps(limit: 100, audiences: [IMMIGRANTS]) { neighborhood { id } sites initiativesForAudiences } }`);
    const total = (gaps: any) => gaps.coverageGaps.reduce((sum: number, g: any) => sum + g.initiativesForAudiences, 0);
    expect(total(gapsAfter)).toBeGreaterThan(total(gapsBefore));
    const overlaps = await queryOk<any>(hub.gatewayUrl, `{ overlaps(limit: 100) { first { department } second { department } } }`);
    expect(overlaps.overlaps.some((o: any) => [o.first.department, o.second.department].includes("IMMIGRANT_AFFAIRS"))).toBe(true);

    // Its places reach the place catalog too, a kind nobody listed among them, with no hub change.
    const ownPlaces = (await oia.service.database.dataSource.query(`SELECT count(DISTINCT place_key)::int AS n FROM place_change`))[0].n as number;
    const places = await waitFor(async () => {
      const data = await queryOk<any>(hub.gatewayUrl, `{ places(filter: { departments: [IMMIGRANT_AFFAIRS] }, first: 100) { totalCount nodes { kind neighborhood { id } } } }`);
      return data.places.totalCount === ownPlaces ? data.places : undefined;
    }, "the new department's places in the catalog", { timeoutMs: 10_000 });
    expect(places.nodes.filter((p: any) => p.kind === "LANGUAGE_ACCESS_DESK").length).toBeGreaterThan(0);
    const counts = await queryOk<any>(hub.gatewayUrl, `{ neighborhoods { placeCounts { department kind count } } }`);
    const desks = counts.neighborhoods.flatMap((n: any) => n.placeCounts).filter((c: any) => c.kind === "LANGUAGE_ACCESS_DESK");
    expect(desks.reduce((sum: number, c: any) => sum + c.count, 0)).toBe(places.nodes.filter((p: any) => p.kind === "LANGUAGE_ACCESS_DESK" && p.neighborhood).length);

    const { failures } = await stream.stop();
    expect(failures).toEqual([]);
  });
});
