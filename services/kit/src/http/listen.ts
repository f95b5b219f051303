import { type Server } from "node:http";

/** Listens on `port` (0: any free port) and answers the bound port; a failure to bind rejects. */
export function listenOn(server: Server, port: number, host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}

/** Where a client reaches a server listening on `host`: a wildcard address is where it listens, not where one can call it. */
export function reachableHost(host: string): string {
  if (host === "0.0.0.0" || host === "::") return "localhost";
  return host.includes(":") ? `[${host}]` : host;
}
