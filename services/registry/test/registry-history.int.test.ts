import { type SupergraphDocument } from "@dlhub/schema";
import { type RegistryFixture, committedSdl, edit, publishCommitted, startRegistryFixture, refusal } from "./registry-fixtures.js";

let fixture: RegistryFixture;

beforeAll(async () => {
  fixture = await startRegistryFixture("registry_history");
});
afterAll(() => fixture?.stop());

/** The committed SDL with one more root field: a real change that composes and passes the contract. */
const withRootField = (name: string, field: string) => ({
  sdl: edit(committedSdl(name), "type Query {\n", `type Query {\n  ${field}: Int\n`),
  routingUrl: fixture.routingUrl(name),
});

const publish = async (name: string, input: { sdl: string; routingUrl: string }) => (await fixture.publisher(name)).publish(name, input);

describe("rollback", () => {
  let committedVersion: number;
  let committed: SupergraphDocument;

  beforeAll(async () => {
    committedVersion = await publishCommitted(fixture);
    committed = (await fixture.client().supergraph()) as SupergraphDocument;
    await publish("parks", withRootField("parks", "parksRevision"));
  });

  it("is the coordinator's alone, to a version that exists", async () => {
    expect(await refusal((await fixture.publisher("parks")).rollback(committedVersion))).toMatchObject({ status: 403, code: "FORBIDDEN" });
    const coordinator = await fixture.coordinator();
    expect(await refusal(coordinator.rollback(999))).toMatchObject({ status: 404, code: "NOT_FOUND" });
    expect(await refusal(coordinator.rollback(0))).toMatchObject({ status: 400, code: "BAD_REQUEST" });
    expect(await refusal(coordinator.rollback(committedVersion + 1))).toMatchObject({ status: 400, message: expect.stringContaining("already live") });
  });

  it("creates a new version carrying the old version's SDL and subgraphs", async () => {
    const rolledBack = await (await fixture.coordinator()).rollback(committedVersion);
    expect(rolledBack).toMatchObject({ version: committedVersion + 2, reason: "rollback", rolledBackTo: committedVersion, createdBy: "coordinator@phila.gov", hash: committed.hash });
    const current = await fixture.client().supergraph();
    expect(current).toMatchObject({ version: committedVersion + 2, sdl: committed.sdl, subgraphs: committed.subgraphs });
    const parksHistory = await fixture.client().subgraphHistory("parks");
    expect(parksHistory.map(({ live }) => live)).toEqual([false, true]);
  });

  it("lists the live subgraphs (GET /subgraphs) as the rolled-back version has them, not each one's newest, without SDL", async () => {
    const response = await fetch(`${fixture.service.url}/subgraphs`);
    const { subgraphs } = (await response.json()) as { subgraphs: Record<string, unknown>[] };
    const parksHistory = await fixture.client().subgraphHistory("parks");
    expect(subgraphs.map(({ name, routingUrl, hash }) => ({ name, routingUrl, hash }))).toEqual(committed.subgraphs);
    expect(subgraphs.find(({ name }) => name === "parks")).toMatchObject({ id: parksHistory[1].id, hash: parksHistory[1].hash });
    for (const subgraph of subgraphs) expect(Object.keys(subgraph).sort()).toEqual(["hash", "id", "name", "publishedAt", "publishedBy", "routingUrl"]);
  });

  it("makes the next publish compose from the restored subgraphs", async () => {
    const result = await publish("libraries", withRootField("libraries", "librariesRevision"));
    expect(result.supergraph.version).toBe(committedVersion + 3);
    const current = (await fixture.client().supergraph()) as SupergraphDocument;
    expect(current.sdl).toContain("librariesRevision");
    expect(current.sdl).not.toContain("parksRevision");
    expect(current.subgraphs.find(({ name }) => name === "parks")).toEqual(committed.subgraphs.find(({ name }) => name === "parks"));
  });

  it("lists every version newest first, without SDL", async () => {
    const history = await fixture.client().supergraphHistory();
    expect(history.map(({ version, reason }) => [version, reason]).slice(0, 4)).toEqual([
      [committedVersion + 3, "publish"],
      [committedVersion + 2, "rollback"],
      [committedVersion + 1, "publish"],
      [committedVersion, "publish"],
    ]);
    expect(history).toHaveLength(committedVersion + 3);
    expect(history.every((summary) => !("sdl" in summary))).toBe(true);
  });
});

describe("concurrent publishes", () => {
  it("serializes two departments' publishes: both land, with consecutive versions, neither lost", async () => {
    const before = (await fixture.client().supergraph())?.version as number;
    const [it, commerce] = await Promise.all([
      publish("it", withRootField("it", "itRevision")),
      publish("commerce", withRootField("commerce", "commerceRevision")),
    ]);
    expect([it.supergraph.version, commerce.supergraph.version].sort((a, b) => a - b)).toEqual([before + 1, before + 2]);
    // Had the later publish composed from the set it read before the earlier one committed, the
    // earlier department's change would be missing from the served supergraph.
    const current = (await fixture.client().supergraph()) as SupergraphDocument;
    expect(current.version).toBe(before + 2);
    expect(current.sdl).toContain("itRevision");
    expect(current.sdl).toContain("commerceRevision");
    const live = await fixture.client().listSubgraphs();
    expect(live.find(({ name }) => name === "it")?.id).toBe(it.subgraph.id);
    expect(live.find(({ name }) => name === "commerce")?.id).toBe(commerce.subgraph.id);
  });
});
