import { createServer } from "node:http";
import { type AddressInfo } from "node:net";
import { FORWARDED_IDENTITY_HEADER, RegistryClient, bearerToken, createIdentityForwarding, createIdentityVerifier } from "@dlhub/schema";
import { type TestStack } from "@dlhub/subgraph-kit/testing";
import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";
import http from "@graphql-mesh/transport-http";

export interface HiveGatewayOptions {
  /** The DL Hub registry whose supergraph Hive Gateway serves and follows. */
  registryUrl: string;
  /** Callers' tokens are checked with it (development tokens; production: the City's JWKS). */
  tokenSecret: string;
  /** The subgraphs' forwarding secret: without it, Hive Gateway forwards no identity and every caller is anonymous. */
  forwardingSecret?: string;
  stack: TestStack;
}

/**
 * Hive Gateway (The Guild's, from npm) in front of DL Hub's departments, configured as a City
 * would configure it: the supergraph is whatever the registry serves (`GET /supergraph`, its
 * `sdl`), polled each second as DL Hub's own gateway polls it; nothing about the departments
 * changes. The departments trust only an identity signed with the forwarding secret
 * (`x-dlhub-identity`), never a caller's token, so Hive Gateway's header propagation does what
 * DL Hub's gateway does: checks the caller's bearer token and signs the identity it proves for
 * each subgraph fetch. Without that, every request reaches the departments anonymously.
 */
export async function startHiveGateway(options: HiveGatewayOptions): Promise<{ url: string }> {
  const registry = new RegistryClient(options.registryUrl);
  const verifier = createIdentityVerifier({ secret: options.tokenSecret });
  const forwarding = options.forwardingSecret ? createIdentityForwarding(options.forwardingSecret) : undefined;
  const runtime = createGatewayRuntime({
    supergraph: async () => {
      const served = await registry.supergraph();
      if (!served) throw new Error("The registry serves no supergraph yet.");
      return served.sdl;
    },
    pollingInterval: 1000,
    transports: { http },
    logging: false,
    propagateHeaders: {
      fromClientToSubgraphs: async ({ request }) => {
        const token = bearerToken(request.headers.get("authorization") ?? undefined);
        if (!token || !forwarding) return;
        return { [FORWARDED_IDENTITY_HEADER]: await forwarding.sign(await verifier.verify(token)) };
      },
    },
  });
  const server = createServer(runtime);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  options.stack.defer("Hive Gateway", async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
    await runtime.dispose();
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${runtime.graphqlEndpoint}` };
}
