import { type IncomingMessage, createServer } from "node:http";
import { type AddressInfo } from "node:net";
import { type UsageReport } from "@dlhub/schema";
import { postGraphql, startTestSubgraph, useTestStack } from "@dlhub/subgraph-kit/testing";
import { startTestGraph } from "@dlhub/gateway/testing";
import { hub } from "@dlhub/hub";
import { libraries } from "@dlhub/libraries";

/**
 * The usage plugin inside the real gateway: what a request is recorded as, and that a stopping
 * gateway sends what it holds. The registry is a stand-in that keeps what it is sent (the real
 * one's side is services/registry/test/usage.int.test.ts, and the whole path
 * services/local-hub/test/usage.int.test.ts); the flush interval is far longer than the test, so
 * only the stop can have sent the batch.
 */
describe("usage reporting in the gateway", () => {
  const stack = useTestStack();
  const received: { authorization?: string; report: UsageReport }[] = [];
  let registryUrl: string;

  beforeAll(async () => {
    const server = createServer((request: IncomingMessage, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        received.push({ authorization: request.headers.authorization, report: JSON.parse(body) as UsageReport });
        response.writeHead(200, { "content-type": "application/json" }).end('{"recorded":1}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    stack.defer("the registry stand-in", () => new Promise<void>((resolve) => server.close(() => resolve())));
    registryUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  it("records client, operation and coordinates per request, and flushes them once as it stops", async () => {
    const subgraphs = [await startTestSubgraph(libraries, { stack }), await startTestSubgraph(hub, { seed: false, stack })];
    const graph = await startTestGraph(subgraphs, { stack, usage: { registryUrl, token: "service-token", flushIntervalMs: 600_000 } });
    const query = "query Branches($first: Int) { libraryInitiatives(first: $first) { nodes { title } } }";
    const headers = { "apollographql-client-name": "branch-finder", "apollographql-client-version": "1.2.0" };
    for (let i = 0; i < 2; i += 1) expect((await postGraphql(graph.url, query, { first: 2 }, { headers })).errors).toBeUndefined();
    await postGraphql(graph.url, "{ libraryInitiatives(first: 1) { totalCount } }");
    // Refused in validation: an operation that never ran is nobody's usage.
    await postGraphql(graph.url, "{ libraryInitiatives { noSuchField } }");
    expect(received).toEqual([]);

    await graph.stop();
    expect(received).toHaveLength(1);
    expect(received[0].authorization).toBe("Bearer service-token");
    const byClient = Object.fromEntries(received[0].report.operations.map(({ client, ...rest }) => [client, rest]));
    expect(Object.keys(byClient).sort()).toEqual(["branch-finder", "unknown"]);
    expect(byClient["branch-finder"]).toEqual({
      clientVersion: "1.2.0",
      operationName: "Branches",
      operationHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      count: 2,
      coordinates: expect.arrayContaining(["Query.libraryInitiatives", "Query.libraryInitiatives(first:)"]),
    });
    expect(byClient.unknown).toMatchObject({ clientVersion: "", operationName: "", count: 1 });
  });
});
