import { type SubgraphFetch, type SubgraphHttpResponse, type SubgraphRequestInit } from "../subgraph-http";
import { SubgraphFetchDeduplication, fetchKey } from "./subgraph-fetches";

const SUBGRAPH = "http://libraries.internal/graphql";
const query = (operation: string) => JSON.stringify({ query: operation, variables: {} });
const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }): SubgraphRequestInit => ({ method: "POST", headers, body });

/** An answer as subgraph-http.ts gives one: the body held whole, parsed anew for each reader. */
const answer = (status: number, body: string) =>
  ({ url: SUBGRAPH, status, statusText: "", ok: status < 300, headers: new Headers(), text: async () => body, json: async () => JSON.parse(body) }) as unknown as SubgraphHttpResponse;

describe("which subgraph fetches may be shared", () => {
  it("keys a query the gateway sends by URL, headers and body", () => {
    const body = query("query Catalog__hub__0{initiatives{totalCount}}");
    expect(fetchKey(SUBGRAPH, post(body))).toBe(fetchKey(SUBGRAPH, post(body, { "Content-Type": "application/json" })));
    expect(fetchKey(SUBGRAPH, post(query("{initiatives{totalCount}}")))).not.toBeNull();
    expect(fetchKey(SUBGRAPH, post(body))).not.toBe(fetchKey("http://parks.internal/graphql", post(body)));
    expect(fetchKey(SUBGRAPH, post(body, { "x-dlhub-identity": "a" }))).not.toBe(fetchKey(SUBGRAPH, post(body, { "x-dlhub-identity": "b" })));
    expect(fetchKey(SUBGRAPH, post(body))).not.toBe(fetchKey(SUBGRAPH, post(query("query Catalog__hub__0{initiatives{title}}"))));
  });

  it("never shares a mutation, a subscription, or a body it did not expect", () => {
    expect(fetchKey(SUBGRAPH, post(query("mutation Add__hub__0{addCoordinatorNote{id}}")))).toBeNull();
    expect(fetchKey(SUBGRAPH, post(query("subscription{changes}")))).toBeNull();
    expect(fetchKey(SUBGRAPH, post(query("queryish{x}")))).toBeNull();
    expect(fetchKey(SUBGRAPH, post(JSON.stringify({ variables: {}, query: "{x}" })))).toBeNull();
    expect(fetchKey(SUBGRAPH, { ...post(query("{x}")), method: "GET" })).toBeNull();
  });
});

describe("SubgraphFetchDeduplication", () => {
  it("sends identical fetches in flight once and gives each caller its own readable answer", async () => {
    let sent = 0;
    let release!: () => void;
    const subgraph: SubgraphFetch = async () => {
      sent += 1;
      await new Promise<void>((resolve) => (release = resolve));
      return answer(200, `{"data":{"n":${sent}}}`);
    };
    const fetcher = new SubgraphFetchDeduplication().deduplicate("libraries", subgraph);
    const init = post(query("{n}"));
    const responses = [fetcher(SUBGRAPH, init), fetcher(SUBGRAPH, init), fetcher(SUBGRAPH, init)];
    await new Promise((resolve) => setImmediate(resolve));
    release();
    const bodies = await Promise.all((await Promise.all(responses)).map((response) => response.json()));
    expect(bodies).toEqual([{ data: { n: 1 } }, { data: { n: 1 } }, { data: { n: 1 } }]);
    // Each caller reads its own objects: one caller's changes never reach another's.
    expect(bodies[0]).not.toBe(bodies[1]);
    expect(sent).toBe(1);
  });

  it("passes a status without a body on as it came", async () => {
    const fetcher = new SubgraphFetchDeduplication().deduplicate("libraries", async () => answer(204, ""));
    const response = await fetcher(SUBGRAPH, post(query("{n}")));
    expect(response.status).toBe(204);
    expect(await response.text()).toBe("");
  });
});
