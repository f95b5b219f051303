import { randomBytes } from "node:crypto";
import { type Server, createServer } from "node:http";
import { type AddressInfo } from "node:net";
import { createTestDatabase, type TestDatabase } from "@dlhub/subgraph-kit/testing";
import { RegistryClient, RegistryError, Role, createIdentityVerifier, listedSubgraphs, mintDevelopmentToken } from "@dlhub/schema";
import { type RegistryService, type RegistryServiceOptions, startRegistry } from "../src/index.js";

/** The committed SDLs compose together; the hub goes first because departments extend its Initiative. */
export const PUBLISH_ORDER = ["hub", "it", "libraries", "commerce", "parks"];
const committed = new Map(listedSubgraphs().map(({ name, sdl }) => [name, sdl]));

export function committedSdl(name: string): string {
  const sdl = committed.get(name);
  if (!sdl) throw new Error(`no committed SDL for ${name}`);
  return sdl;
}

/** `text` must be in `sdl`: a fixture edit that silently does nothing would make a test pass for nothing. */
export function edit(sdl: string, text: string, replacement: string): string {
  if (!sdl.includes(text)) throw new Error(`the SDL no longer contains ${JSON.stringify(text)}`);
  return sdl.replace(text, replacement);
}

export interface RegistryFixture {
  service: RegistryService;
  /** The registry's database, for a test that must look at or tamper with it directly. */
  databaseUrl: string;
  /** Another copy of the registry on the same database and keys, as a cluster runs several; the caller stops it. */
  startCopy(): Promise<RegistryService>;
  /** Routing URL of a department whose /initiative-feed and /place-feed answer (a real HTTP server on port 0). */
  routingUrl(name: string): string;
  /** Routing URL where nothing listens, so the feed probe fails. */
  deadRoutingUrl: string;
  token(request: { subject: string; roles: Role[]; department?: string }): Promise<string>;
  client(token?: string): RegistryClient;
  /** A client holding the department publisher's token. */
  publisher(department: string): Promise<RegistryClient>;
  coordinator(): Promise<RegistryClient>;
  stop(): Promise<void>;
}

/** A fresh database, the registry service on port 0 and a stand-in department feed. */
export async function startRegistryFixture(label: string, { webhooks, now }: Pick<RegistryServiceOptions, "webhooks"> & { now?: () => Date } = {}): Promise<RegistryFixture> {
  const secret = randomBytes(32).toString("hex");
  const database: TestDatabase = await createTestDatabase(label);
  // One stand-in feed for every department: its pages name no department, so FEED_DEPARTMENT has
  // nothing to contradict (feed-department.int.test.ts serves feeds that name one).
  const feed = await listenOnPort0(
    createServer((request, response) => {
      const found = request.url?.startsWith("/initiative-feed") || request.url?.startsWith("/place-feed");
      response.writeHead(found ? 200 : 404, { "content-type": "application/json" });
      response.end(JSON.stringify(found ? { items: [], endCursor: null } : { error: "not found" }));
    }),
  );
  const closed = await listenOnPort0(createServer());
  await close(closed.server);
  const verifier = createIdentityVerifier({ secret });
  const service = await startRegistry({ databaseUrl: database.url, port: 0, verifier, webhooks, now });
  const token: RegistryFixture["token"] = (request) => mintDevelopmentToken(secret, request);
  const client = (bearer?: string) => new RegistryClient(service.url, bearer ? { token: bearer } : {});
  return {
    service,
    databaseUrl: database.url,
    startCopy: () => startRegistry({ databaseUrl: database.url, port: 0, verifier, webhooks }),
    routingUrl: (name) => `http://127.0.0.1:${feed.port}/${name}/graphql`,
    deadRoutingUrl: `http://127.0.0.1:${closed.port}/graphql`,
    token,
    client,
    publisher: async (department) => client(await token({ subject: `ci-${department}`, roles: [Role.PUBLISHER], department })),
    coordinator: async () => client(await token({ subject: "coordinator@phila.gov", roles: [Role.COORDINATOR] })),
    stop: async () => {
      await service.close();
      await close(feed.server);
      await database.drop();
    },
  };
}

/** Publishes every committed SDL, the hub first; returns the supergraph version reached. */
export async function publishCommitted(fixture: RegistryFixture): Promise<number> {
  let version = 0;
  for (const name of PUBLISH_ORDER) {
    const publisher = await fixture.publisher(name);
    const result = await publisher.publish(name, { sdl: committedSdl(name), routingUrl: fixture.routingUrl(name) }).catch((error: unknown) => {
      // Most likely the committed SDL drifted from the contract (run `npm run sdl`): say exactly how.
      if (error instanceof RegistryError && error.report) throw new Error(`${error.message}\n${JSON.stringify(error.report, null, 2)}`);
      throw error;
    });
    version = result.supergraph.version;
  }
  return version;
}

async function listenOnPort0(server: Server): Promise<{ server: Server; port: number }> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/** What a refused call threw, so a test can assert its status, code and report. */
export async function refusal(call: Promise<unknown>): Promise<RegistryError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof RegistryError) return error;
    throw error;
  }
  throw new Error("expected the registry to refuse");
}
