import { type Server, createServer } from "node:http";
import { type AddressInfo } from "node:net";
import { ErrorCode } from "@dlhub/subgraph-kit";
import { postGraphql, queryOk, startTestSubgraph, useTestStack, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { createHub, hub } from "../src/hub.js";
import { RegistryHistory } from "../src/schema-history/index.js";

describe("schemaHistory without a registry that answers", () => {
  const stack = useTestStack();
  let unreachable: TestSubgraph;
  let unconfigured: TestSubgraph;
  let silent: { server: Server; url: string };
  beforeAll(async () => {
    // Nothing listens on a port freed by closing a server bound to it.
    const closed = await listen(createServer());
    await new Promise((resolve) => closed.server.close(resolve));
    unreachable = await startTestSubgraph(createHub({ feeds: [], registryUrl: closed.url, syncIntervalMs: 60_000 }), { stack });
    unconfigured = await startTestSubgraph(hub, { seed: false, stack });
    // Accepts connections and never answers.
    silent = await listen(createServer(() => undefined));
    stack.defer("the silent registry", async () => {
      silent.server.closeAllConnections();
      await new Promise((resolve) => silent.server.close(resolve));
    });
  });

  it("fails only the history, with DEPARTMENT_UNAVAILABLE naming the registry, when the registry is down", async () => {
    const result = await postGraphql<any>(unreachable.url, `{ neighborhoods { id } schemaHistory { subgraphs { name } } }`);
    expect(result.data?.neighborhoods.length).toBeGreaterThan(0);
    expect(result.data?.schemaHistory).toBeNull();
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: "The schema registry did not answer; the schema history is unavailable. Try again shortly.",
        extensions: { code: ErrorCode.DEPARTMENT_UNAVAILABLE, service: "registry" },
      }),
    ]);
  });

  it("gives up on a registry that does not answer within its timeout", async () => {
    const started = Date.now();
    await expect(new RegistryHistory(silent.url, 300).supergraphVersions(5)).rejects.toMatchObject({ extensions: { code: ErrorCode.DEPARTMENT_UNAVAILABLE } });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("answers empty lists when the hub follows no registry, and NOT_FOUND for a diff", async () => {
    const data = await queryOk<any>(unconfigured.url, `{ schemaHistory { subgraphs { name } supergraphVersions { version } } }`);
    expect(data.schemaHistory).toEqual({ subgraphs: [], supergraphVersions: [] });
    const diff = await postGraphql<any>(unconfigured.url, `{ schemaHistory { diff(from: 1, to: 2) { type } } }`);
    expect(diff.errors?.[0]).toMatchObject({ message: expect.stringContaining("follows no schema registry"), extensions: { code: ErrorCode.NOT_FOUND } });
  });
});

async function listen(server: Server): Promise<{ server: Server; url: string }> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
