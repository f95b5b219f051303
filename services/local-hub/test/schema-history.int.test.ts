import { ErrorCode } from "@dlhub/subgraph-kit";
import { postGraphql, queryOk, sendHttp, useTestStack } from "@dlhub/subgraph-kit/testing";
import { type TestHub, startTestHub } from "./start-test-hub";

interface Change {
  criticality: string;
  type: string;
  message: string;
  path: string | null;
}

describe("schemaHistory through the gateway, over the whole hub's registry", () => {
  const stack = useTestStack();
  let testHub: TestHub;
  let latest: number;
  beforeAll(async () => {
    testHub = stack.add(await startTestHub(), "the hub");
    latest = ((await sendHttp(`${testHub.registryUrl}/supergraph`)).json as { version: number }).version;
  });

  it("lists each live subgraph with who published it, when, and how many versions it has", async () => {
    const { schemaHistory } = await queryOk<any>(testHub.gatewayUrl, `{ schemaHistory { subgraphs { name routingUrl hash publishedBy publishedAt versions } } }`);
    expect(schemaHistory.subgraphs.map((s: { name: string }) => s.name)).toEqual(["commerce", "hub", "it", "libraries", "parks"]);
    const libraries = schemaHistory.subgraphs.find((s: { name: string }) => s.name === "libraries");
    expect(libraries).toMatchObject({ publishedBy: "local-hub:libraries", versions: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(libraries.routingUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    expect(Date.now() - Date.parse(libraries.publishedAt)).toBeLessThan(10 * 60_000);
  });

  it("lists supergraph versions newest first, each with its subgraphs", async () => {
    const { schemaHistory } = await queryOk<any>(
      testHub.gatewayUrl,
      `{ schemaHistory { top: supergraphVersions(first: 2) { version } all: supergraphVersions { version hash createdAt createdBy reason rolledBackTo subgraphs } } }`,
    );
    expect(schemaHistory.top.map((v: { version: number }) => v.version)).toEqual([latest, latest - 1]);
    expect(schemaHistory.all).toHaveLength(latest);
    // The hub publishes first, so version 1 is the hub alone.
    expect(schemaHistory.all[latest - 1]).toMatchObject({ version: 1, reason: "publish", rolledBackTo: null, createdBy: "local-hub:hub", subgraphs: ["hub"] });
    expect(schemaHistory.all[0].subgraphs).toEqual(["commerce", "hub", "it", "libraries", "parks"]);
  });

  it("says what changed between two versions, in either direction", async () => {
    const { schemaHistory } = await queryOk<{ schemaHistory: Record<string, Change[]> }>(
      testHub.gatewayUrl,
      `query ($latest: Int!) { schemaHistory {
         forward: diff(from: 1, to: $latest) { criticality type message path }
         back: diff(from: $latest, to: 1) { criticality type message path }
         same: diff(from: 2, to: 2) { type } } }`,
      { latest },
    );
    expect(schemaHistory.forward).toContainEqual({ criticality: "SAFE", type: "FIELD_ADDED", message: expect.stringContaining("keyspotSites"), path: "Query.keyspotSites" });
    expect(schemaHistory.forward.every((change) => change.criticality !== "BREAKING")).toBe(true);
    expect(schemaHistory.back).toContainEqual(expect.objectContaining({ criticality: "BREAKING", type: "FIELD_REMOVED", path: "Query.keyspotSites" }));
    expect(schemaHistory.same).toEqual([]);
  });

  it("refuses a version that does not exist or cannot be one, and the rest of the answer stands", async () => {
    const missing = await postGraphql<any>(testHub.gatewayUrl, `{ neighborhoods { id } schemaHistory { diff(from: 1, to: 999) { type } } }`);
    expect(missing.data?.neighborhoods.length).toBeGreaterThan(0);
    expect(missing.data?.schemaHistory).toBeNull();
    expect(missing.errors).toEqual([
      expect.objectContaining({ message: "Supergraph version 999 does not exist.", path: ["schemaHistory", "diff"], extensions: expect.objectContaining({ code: ErrorCode.NOT_FOUND }) }),
    ]);

    const impossible = await postGraphql<any>(testHub.gatewayUrl, `{ schemaHistory { diff(from: 0, to: 2) { type } } }`);
    expect(impossible.errors?.[0].extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: "from" });
    const tooMany = await postGraphql<any>(testHub.gatewayUrl, `{ schemaHistory { supergraphVersions(first: 101) { version } } }`);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: "first" });
  });
});
