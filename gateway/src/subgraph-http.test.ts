import { type AddressInfo } from "node:net";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { subgraphHttpFetch } from "./subgraph-http.js";

/** A subgraph stand-in answering with `handle`, and the remote ports its requests came from. */
async function serve(handle: (request: IncomingMessage, body: string, response: ServerResponse) => void) {
  const ports: number[] = [];
  const server = http.createServer((request, response) => {
    ports.push(request.socket.remotePort as number);
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => handle(request, body, response));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return { url, ports, server, close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) };
}

describe("the gateway's subgraph HTTP client", () => {
  const servers: { close(): Promise<void> }[] = [];
  afterEach(async () => Promise.all(servers.splice(0).map((s) => s.close())));

  it("posts the body and headers, answers status, headers and JSON, and keeps the connection for the next fetch", async () => {
    const server = await serve((request, body, response) => {
      response.setHeader("content-type", "application/json; charset=utf-8");
      response.setHeader("cache-control", "max-age=60");
      response.end(JSON.stringify({ data: { echo: body, identity: request.headers["x-dlhub-identity"] ?? null } }));
    });
    servers.push(server);
    const fetch = subgraphHttpFetch(1000);
    const body = JSON.stringify({ query: "{ é }" });
    for (let i = 0; i < 2; i++) {
      const response = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json", "x-dlhub-identity": "signed" }, body });
      expect(response).toMatchObject({ ok: true, status: 200, statusText: "OK", url: server.url });
      expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
      expect(response.headers.get("Cache-Control")).toBe("max-age=60");
      expect(response.headers.get("x-missing")).toBeNull();
      expect(await response.json()).toEqual({ data: { echo: body, identity: "signed" } });
    }
    expect(new Set(server.ports).size).toBe(1);
  });

  it("gives up an idle connection before the subgraph's announced keep-alive timeout, so no request is written on a connection being closed", async () => {
    const server = await serve((_request, _body, response) => response.end("{}"));
    servers.push(server);
    // A subgraph closing idle connections after 2 s, as its Keep-Alive header says (timeout=2).
    const raw = server.server;
    raw.keepAliveTimeout = 2_000;
    const closed: number[] = [];
    raw.on("connection", (socket) => socket.on("close", () => closed.push(Date.now())));
    const fetch = subgraphHttpFetch(5_000);
    await (await fetch(server.url, { body: "{}" })).json();
    const answered = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    // Closed by the client a second before the announced 2 s (the agent's margin), not by the server at 2 s.
    expect(closed).toHaveLength(1);
    expect(closed[0] - answered).toBeLessThan(1_800);
    // The next fetch opens a fresh connection and is answered.
    expect((await fetch(server.url, { body: "{}" })).status).toBe(200);
    expect(new Set(server.ports).size).toBe(2);
  });

  it("accepts a Headers object, as the trace context wrapper passes", async () => {
    const server = await serve((request, _body, response) => response.end(String(request.headers.traceparent)));
    servers.push(server);
    const response = await subgraphHttpFetch(1000)(server.url, { headers: new Headers({ traceparent: "00-abc-def-01" }), body: "{}" });
    expect(await response.text()).toBe("00-abc-def-01");
  });

  it("answers an HTTP error status as a response, not a failure", async () => {
    const server = await serve((_request, _body, response) => {
      response.statusCode = 503;
      response.end("<html>down</html>");
    });
    servers.push(server);
    const response = await subgraphHttpFetch(1000)(server.url, { body: "{}" });
    expect(response).toMatchObject({ ok: false, status: 503, statusText: "Service Unavailable" });
    expect(await response.text()).toBe("<html>down</html>");
  });

  it("fails with a TimeoutError when the subgraph has not answered in time", async () => {
    const server = await serve(() => undefined);
    servers.push(server);
    await expect(subgraphHttpFetch(100)(server.url, { body: "{}" })).rejects.toMatchObject({ name: "TimeoutError" });
  });

  it("fails when the subgraph drops the connection mid-answer or cannot be reached", async () => {
    const server = await serve((_request, _body, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": "100" });
      response.write('{"data":');
      setTimeout(() => response.socket?.destroy(), 20);
    });
    servers.push(server);
    const fetch = subgraphHttpFetch(1000);
    await expect(fetch(server.url, { body: "{}" })).rejects.toThrow();
    await server.close();
    await expect(fetch(server.url, { body: "{}" })).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });
});
