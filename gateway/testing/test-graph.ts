import { composeSupergraph } from "@dlhub/schema";
import { type GraphqlServer, buildDepartmentSubgraph, close, createLogger, listen } from "@dlhub/subgraph-kit";
import { type TestStack, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { createGatewayServer } from "../src/server.js";

/*
 * The gateway's part of the one testing kit (@dlhub/subgraph-kit/testing holds the rest). It
 * lives here, not in the kit, because the gateway depends on the kit: a kit that started
 * gateways would make the arrow point both ways.
 */

type GatewayServerOptions = Parameters<typeof createGatewayServer>[0];

/** Everything a test gateway may be given; it logs nothing unless given a logger. */
export type TestGatewayOptions = Omit<GatewayServerOptions, "logger"> & Partial<Pick<GatewayServerOptions, "logger">> & {
  /** Registers the gateway here, to be stopped with everything else the suite started. */
  stack?: TestStack;
};

export interface TestGateway {
  server: GraphqlServer;
  /** http://127.0.0.1:<port>, for the gateway's other routes (/health, /explorer, the console). */
  origin: string;
  /** The GraphQL endpoint. */
  url: string;
  /** Stops the gateway; a second call does nothing. */
  stop(): Promise<void>;
}

export interface TestGraph extends TestGateway {
  /** The supergraph the gateway serves, composed from the subgraphs it was given. */
  supergraphSdl: string;
}

/** DL Hub's gateway, as in production but logging nothing, on port 0 of 127.0.0.1. */
export async function startTestGateway({ stack, ...options }: TestGatewayOptions): Promise<TestGateway> {
  const server = await createGatewayServer({ logger: createLogger("gateway", "silent"), ...options });
  let port: number;
  try {
    port = await listen(server, 0, "127.0.0.1");
  } catch (error) {
    await close(server);
    throw error;
  }
  let stopping: Promise<void> | undefined;
  const gateway: TestGateway = {
    server,
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}/graphql`,
    stop: () => (stopping ??= close(server)),
  };
  return stack ? stack.add(gateway, "a gateway") : gateway;
}

/** The supergraph of running test subgraphs, each routed to where it listens. */
export async function composeTestSubgraphs(subgraphs: TestSubgraph[]): Promise<string> {
  return composeSupergraph(
    await Promise.all(
      subgraphs.map(async ({ definition, url }) => ({ name: definition.name, url, sdl: (await buildDepartmentSubgraph(definition)).sdl })),
    ),
  );
}

/**
 * Composes the given running subgraphs and starts DL Hub's gateway over them on port 0: the graph
 * as a client sees it. A department's detail extends the hub's Initiative, so it composes only
 * beside the hub's subgraph.
 */
export async function startTestGraph(subgraphs: TestSubgraph[], options: Omit<TestGatewayOptions, "supergraph"> = {}): Promise<TestGraph> {
  const supergraphSdl = await composeTestSubgraphs(subgraphs);
  return Object.assign(await startTestGateway({ ...options, supergraph: { sdl: supergraphSdl } }), { supergraphSdl });
}
