import { type Server } from "node:http";

/** How long a client is told it may leave a connection idle and reuse it (Node's own default). */
export const ADVERTISED_IDLE_S = 5;
/**
 * How long an idle connection is really kept. A client's idle timer runs late (fetch's, undici's,
 * by up to two seconds; any timer, by as long as a busy event loop stalls), and a request written
 * just as the server closes the connection fails with ECONNRESET — seen in CI on the registry
 * client's first request after the local hub had started. Node on its own keeps a connection one
 * second past keepAliveTimeout, which is not enough; so the server keeps it well past what it
 * advertises.
 */
export const KEPT_IDLE_MS = 10_000;

/** Listens on `port` (0: any free port) and answers the bound port; a failure to bind rejects. */
export function listenOn(server: Server, port: number, host = "127.0.0.1"): Promise<number> {
  keepIdleConnectionsPastTheAdvertisedTime(server);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}

function keepIdleConnectionsPastTheAdvertisedTime(server: Server): void {
  server.keepAliveTimeout = KEPT_IDLE_MS;
  // Node writes its own hint from keepAliveTimeout unless the answer carries one; an answer
  // already marked `Connection: close` (closeServer's last answers) gets none.
  server.prependListener("request", (_request, response) => {
    if (!response.hasHeader("connection")) response.setHeader("keep-alive", `timeout=${ADVERTISED_IDLE_S}`);
  });
}

/** Where a client reaches a server listening on `host`: a wildcard address is where it listens, not where one can call it. */
export function reachableHost(host: string): string {
  if (host === "0.0.0.0" || host === "::") return "localhost";
  return host.includes(":") ? `[${host}]` : host;
}

/**
 * Stops listening and answers once every connection is gone. Idle keep-alive connections close at
 * once; a client that keeps a connection busy (a poller asking every 50 ms) is told `Connection:
 * close` on its next answer, so the drain does not wait on it forever; whatever is still open after
 * `graceMs` is cut.
 */
export function closeServer(server: Server, graceMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const lastAnswers = (_request: unknown, response: { setHeader(name: string, value: string): void }) => response.setHeader("connection", "close");
    server.prependListener("request", lastAnswers);
    const cut = setTimeout(() => server.closeAllConnections(), graceMs);
    cut.unref();
    server.close((error) => {
      clearTimeout(cut);
      server.off("request", lastAnswers);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}
