import { RegistryClient, RegistryError } from "./client.js";

/** A fetch answering every request with one canned response, recording what was asked. */
function answering(status: number, body: string) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    requests.push({ url, init });
    return new Response(status === 304 ? null : body, { status, headers: { "content-type": "application/json" } });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, requests };
}

const report = { ok: false, subgraph: "parks", composition: { ok: false, errors: ["x"] }, contract: null, changes: [], brokenOperations: [] };

describe("RegistryClient", () => {
  it("sends the token and JSON body to the named route", async () => {
    const { fetch, requests } = answering(200, JSON.stringify({ report: { ...report, ok: true } }));
    const client = new RegistryClient("http://registry:4006/", { token: "t0k3n", fetch });
    expect((await client.check("parks", { sdl: "type Query { a: Int }", routingUrl: "http://parks/graphql" })).ok).toBe(true);
    expect(requests[0].url).toBe("http://registry:4006/subgraphs/parks/check");
    expect(requests[0].init).toMatchObject({ method: "POST", headers: { authorization: "Bearer t0k3n", "content-type": "application/json" } });
  });

  it("throws a RegistryError carrying the code and the report of a refused publish", async () => {
    const { fetch } = answering(422, JSON.stringify({ error: { code: "CHECK_FAILED", message: "The parks subgraph failed its checks." }, report }));
    const error = await new RegistryClient("http://registry", { fetch }).publish("parks", { sdl: "s", routingUrl: "http://p" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect(error).toMatchObject({ status: 422, code: "CHECK_FAILED", message: "The parks subgraph failed its checks.", report });
  });

  it("answers null for the supergraph before the first publish", async () => {
    const { fetch } = answering(404, JSON.stringify({ error: { code: "NOT_FOUND", message: "No supergraph has been published yet." } }));
    expect(await new RegistryClient("http://registry", { fetch }).supergraph()).toBeNull();
  });

  it("says so when the answer is not JSON", async () => {
    const { fetch } = answering(502, "<html>Bad Gateway</html>");
    await expect(new RegistryClient("http://registry", { fetch }).listSubgraphs()).rejects.toMatchObject({ status: 502, code: "INVALID_RESPONSE" });
  });
});

describe("RegistryClient.supergraphVersion", () => {
  it("asks for the version by number and returns its document", async () => {
    const document = { version: 3, hash: "h", createdAt: "2026-01-01T00:00:00.000Z", createdBy: "ci", reason: "publish", rolledBackTo: null, subgraphs: [], sdl: "schema" };
    const { fetch, requests } = answering(200, JSON.stringify(document));
    expect(await new RegistryClient("http://registry:4006", { fetch }).supergraphVersion(3)).toEqual(document);
    expect(requests[0]).toMatchObject({ url: "http://registry:4006/supergraph/versions/3", init: { method: "GET" } });
  });

  it("throws NOT_FOUND for a version that does not exist", async () => {
    const { fetch } = answering(404, JSON.stringify({ error: { code: "NOT_FOUND", message: "Supergraph version 9 does not exist." } }));
    await expect(new RegistryClient("http://registry", { fetch }).supergraphVersion(9)).rejects.toMatchObject({
      status: 404,
      code: "NOT_FOUND",
      message: "Supergraph version 9 does not exist.",
    });
  });
});
