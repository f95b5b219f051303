import { createServer, type Server } from "node:http";
import { createLogger, startSubgraph } from "@dlhub/subgraph-kit";
import { postGraphql, startTestSubgraph, useTestStack, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { startTestGateway, startTestGraph } from "@dlhub/gateway/testing";
import { hub } from "@dlhub/hub";
import { itDepartment } from "@dlhub/it";
import { libraries } from "@dlhub/libraries";

const SITES = `{ keyspotSites { name hostBranch { name } } }`;
const UNAVAILABLE = { message: "The libraries department is unavailable; its fields are null.", extensions: { code: "DEPARTMENT_UNAVAILABLE", department: "libraries" } };

const postQuery = (url: string, query: string) => postGraphql<any>(url, query);

describe("a department that is down, slow or broken", () => {
  const stack = useTestStack();
  let librariesSubgraph: TestSubgraph;
  /** The libraries service running now: the test stops it and starts another on its port. */
  let runningLibraries: { close(): Promise<void> } | null = null;
  let supergraphSdl: string;
  let url: string;

  /** Another gateway over the same supergraph, with some departments routed elsewhere. */
  const startGateway = async (subgraphUrls: Record<string, string>) =>
    (await startTestGateway({ supergraph: { sdl: supergraphSdl }, subgraphUrls, subgraphTimeoutMs: 1000, stack })).url;

  beforeAll(async () => {
    librariesSubgraph = await startTestSubgraph(libraries);
    runningLibraries = librariesSubgraph.service;
    stack.defer("the libraries database", () => librariesSubgraph.database.drop());
    stack.defer("the libraries subgraph", () => runningLibraries?.close());
    const subgraphs = [await startTestSubgraph(itDepartment, { stack }), librariesSubgraph, await startTestSubgraph(hub, { seed: false, stack })];
    const graph = await startTestGraph(subgraphs, { subgraphTimeoutMs: 1000, stack });
    [supergraphSdl, url] = [graph.supergraphSdl, graph.url];
  });

  it("answers with every department up", async () => {
    const response = await postQuery(url, SITES);
    expect(response.errors).toBeUndefined();
    expect(response.data.keyspotSites.some((site: any) => site.hostBranch?.name)).toBe(true);
  });

  it("keeps the other departments' data when one is down, its fields null, and recovers by itself", async () => {
    const port = librariesSubgraph.service.port;
    await runningLibraries?.close();
    runningLibraries = null;

    const response = await postQuery(url, SITES);
    expect(response.status).toBe(200);
    const sites = response.data.keyspotSites;
    expect(sites.length).toBeGreaterThan(0);
    expect(sites.every((site: any) => typeof site.name === "string" && site.hostBranch === null)).toBe(true);
    expect(response.errors).toEqual([UNAVAILABLE]);
    expect(response.text).not.toMatch(/ECONNREFUSED|fetch failed|127\.0\.0\.1|INTERNAL_SERVER_ERROR/);

    // Departments' top-level lists are nullable, so the department that is down costs only its own
    // root: the other department's list is all there, and the error says which one is missing.
    const both = await postQuery(url, `{ keyspotSites { name } libraryBranches { name } }`);
    expect(both.data.keyspotSites.length).toBe(sites.length);
    expect(both.data.libraryBranches).toBeNull();
    expect(both.errors?.length).toBeGreaterThan(0);
    expect((both.errors ?? []).every((e: any) => e.extensions.code === "DEPARTMENT_UNAVAILABLE" && e.extensions.department === "libraries")).toBe(true);

    // The department comes back on its port; the same gateway answers in full again.
    runningLibraries = await startSubgraph(libraries, { databaseUrl: librariesSubgraph.database.url, port, logger: createLogger("libraries", "silent") });
    const again = await postQuery(url, SITES);
    expect(again.errors).toBeUndefined();
    expect(again.data.keyspotSites.some((site: any) => site.hostBranch?.name)).toBe(true);
  });

  describe("behind a stand-in for the libraries subgraph", () => {
    type Behaviour = (response: import("node:http").ServerResponse) => void;
    let behaviour: Behaviour;
    let standIn: Server;
    let standInUrl: string;

    beforeAll(async () => {
      standIn = createServer((_request, response) => behaviour(response));
      await new Promise<void>((resolve) => standIn.listen(0, "127.0.0.1", resolve));
      stack.defer("the stand-in", async () => {
        standIn.closeAllConnections();
        await new Promise((resolve) => standIn.close(resolve));
      });
      const address = standIn.address();
      standInUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/graphql`;
    });

    const answers: [string, Behaviour][] = [
      ["too slow (no answer within the timeout)", () => undefined],
      ["a 500", (response) => response.writeHead(500, { "content-type": "text/plain" }).end("boom at /srv/libraries/index.js:12")],
      ["a 502 HTML page from a proxy", (response) => response.writeHead(502, { "content-type": "text/html" }).end("<html>Bad gateway</html>")],
      ["an HTML page with status 200", (response) => response.writeHead(200, { "content-type": "text/html" }).end("<html>maintenance</html>")],
      ["broken JSON", (response) => response.writeHead(200, { "content-type": "application/json" }).end('{"data": {')],
      ["JSON that is not a GraphQL answer", (response) => response.writeHead(200, { "content-type": "application/json" }).end('{"hello": "world"}')],
    ];

    it.each(answers)("makes %s DEPARTMENT_UNAVAILABLE, keeping the rest", async (_label, answer) => {
      behaviour = answer;
      const gateway = await startGateway({ libraries: standInUrl });
      const response = await postQuery(gateway, SITES);
      expect(response.data.keyspotSites.length).toBeGreaterThan(0);
      expect(response.data.keyspotSites.every((site: any) => site.hostBranch === null)).toBe(true);
      expect(response.errors).toEqual([UNAVAILABLE]);
      expect(response.text).not.toMatch(/boom|srv|html|Bad gateway|timeout|abort/i);
    });

    it("passes on the errors of a GraphQL answer, even one sent with a 4xx status", async () => {
      behaviour = (response) =>
        response
          .writeHead(400, { "content-type": "application/json" })
          .end(JSON.stringify({ errors: [{ message: "branch codes are five digits", extensions: { code: "BAD_USER_INPUT", field: "code" } }] }));
      const gateway = await startGateway({ libraries: standInUrl });
      const response = await postQuery(gateway, SITES);
      expect(response.data.keyspotSites.length).toBeGreaterThan(0);
      expect(response.errors).toEqual([
        expect.objectContaining({ message: "branch codes are five digits", extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field: "code" }) }),
      ]);
    });
  });
});
