import net from "node:net";
import { composeSupergraph } from "@dlhub/schema";
import { type GraphqlServer, buildDepartmentSubgraph, close, createLogger, listen } from "@dlhub/subgraph-kit";
import { queryOk, startTestSubgraph, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { hub } from "@dlhub/hub";
import { libraries } from "@dlhub/libraries";
import { createGatewayServer } from "@dlhub/gateway";

const LOCAL = /^(127\.|localhost$|::1$|::ffff:127\.)/;

/** The host a Socket#connect call names, in any of its forms (net.connect passes its normalized arguments as an array). */
function hostOf(args: unknown[]): string {
  const [first, second] = Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  if (typeof first === "object" && first !== null) return (first as net.TcpNetConnectOpts).host ?? ("path" in first ? "unix socket" : "localhost");
  return typeof second === "string" ? second : "localhost";
}

/**
 * A City gateway sends nothing off its machine it was not configured to send. @apollo/gateway,
 * left to itself, exports usage metrics to Apollo's servers and probes cloud metadata addresses;
 * every socket the process opens while a gateway starts and answers is watched here.
 */
describe("the gateway's outbound connections", () => {
  const destinations: string[] = [];
  const connect = net.Socket.prototype.connect;
  let subgraph: TestSubgraph;
  let hubSubgraph: TestSubgraph;
  let gateway: GraphqlServer;

  beforeAll(async () => {
    net.Socket.prototype.connect = function watched(this: net.Socket, ...args: unknown[]) {
      destinations.push(hostOf(args));
      return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
    } as typeof connect;
    subgraph = await startTestSubgraph(libraries);
    hubSubgraph = await startTestSubgraph(hub, { seed: false });
    const supergraphSdl = composeSupergraph([
      { name: "libraries", url: subgraph.url, sdl: (await buildDepartmentSubgraph(libraries)).sdl },
      { name: "hub", url: hubSubgraph.url, sdl: (await buildDepartmentSubgraph(hub)).sdl },
    ]);
    gateway = await createGatewayServer({ supergraph: { sdl: supergraphSdl }, logger: createLogger("gateway", "silent") });
  });
  afterAll(async () => {
    net.Socket.prototype.connect = connect;
    if (gateway) await close(gateway);
    await subgraph?.stop();
    await hubSubgraph?.stop();
  });

  it("opens sockets to this machine only", async () => {
    const base = `http://127.0.0.1:${await listen(gateway, 0)}`;
    await queryOk(`${base}/graphql`, `{ libraryBranches { name } initiatives { totalCount } }`);
    // Cloud detectors start at construction and resolve within moments; give them time to try.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(destinations.length).toBeGreaterThan(0);
    expect(destinations.filter((host) => !LOCAL.test(host))).toEqual([]);
  });
});
