import net from "node:net";
import { queryOk, startTestSubgraph, useTestStack, waitFor } from "@dlhub/subgraph-kit/testing";
import { startTestGraph } from "@dlhub/gateway/testing";
import { hub } from "@dlhub/hub";
import { libraries } from "@dlhub/libraries";

const LOCAL = /^(127\.|localhost$|::1$|::ffff:127\.)/;
/** What node reports for a name lookup and for a TCP connection still under way. */
const PENDING = new Set(["GetAddrInfoReqWrap", "TCPConnectWrap"]);

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
  const stack = useTestStack();
  const destinations: string[] = [];
  const connect = net.Socket.prototype.connect;
  let url: string;

  beforeAll(async () => {
    net.Socket.prototype.connect = function watched(this: net.Socket, ...args: unknown[]) {
      destinations.push(hostOf(args));
      return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
    } as typeof connect;
    stack.defer("the socket watch", () => {
      net.Socket.prototype.connect = connect;
    });
    const subgraphs = [await startTestSubgraph(libraries, { stack }), await startTestSubgraph(hub, { seed: false, stack })];
    url = (await startTestGraph(subgraphs, { stack })).url;
  });

  it("opens sockets to this machine only", async () => {
    await queryOk(url, `{ libraryBranches { name } initiatives { totalCount } }`);
    // Cloud detectors start as the gateway is constructed, each with a name lookup or a connection
    // to a metadata address; once none of either is pending, every attempt has been seen.
    await waitFor(() => !process.getActiveResourcesInfo().some((resource) => PENDING.has(resource)), "every name lookup and connection attempt to settle");
    expect(destinations.length).toBeGreaterThan(0);
    expect(destinations.filter((host) => !LOCAL.test(host))).toEqual([]);
  });
});
