import { postGraphql, queryOk, startTestSubgraph, useTestStack, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { startTestGraph } from "@dlhub/gateway/testing";
import { hub } from "@dlhub/hub";
import { libraries } from "@dlhub/libraries";

describe("the gateway", () => {
  const stack = useTestStack();
  let subgraph: TestSubgraph;
  let base: string;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(libraries, { stack });
    base = (await startTestGraph([subgraph, await startTestSubgraph(hub, { seed: false, stack })], { stack })).origin;
  });

  it("answers queries through the supergraph", async () => {
    const data = await queryOk<any>(`${base}/graphql`, `{ libraryBranches { name classes { title } } }`);
    expect(data.libraryBranches.map((b: { name: string }) => b.name)).toContain("Logan");
  });

  it("reports health and readiness", async () => {
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
  });

  it("serves an explorer whose assets all come from this server", async () => {
    const page = await (await fetch(`${base}/explorer`)).text();
    const assets = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(assets.length).toBeGreaterThanOrEqual(4);
    for (const asset of assets) {
      expect(asset.startsWith("/explorer/assets/")).toBe(true);
      const response = await fetch(`${base}${asset}`);
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    expect((await fetch(`${base}/explorer/assets/../../package.json`)).status).toBe(404);
  });

  it("masks unexpected errors: no SQL, no stack trace, a stable code", async () => {
    await subgraph.service.database.dataSource.query("ALTER TABLE hot_spot_lab RENAME TO hot_spot_lab_moved");
    try {
      for (const url of [subgraph.url, `${base}/graphql`]) {
        const result = await postGraphql(url, `{ libraryInitiatives { nodes { title hotSpotLabs { name } } } }`);
        const error = result.errors?.[0];
        expect(error?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
        expect(JSON.stringify(result.errors)).not.toMatch(/hot_spot_lab|relation|stack|at /i);
      }
    } finally {
      await subgraph.service.database.dataSource.query("ALTER TABLE hot_spot_lab_moved RENAME TO hot_spot_lab");
    }
  });

  it("rejects invalid queries with a client error code", async () => {
    const result = await postGraphql(`${base}/graphql`, `{ libraryBranches { nope } }`);
    expect(result.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
