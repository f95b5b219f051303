import { randomBytes } from "node:crypto";
import { createLogger, databaseName, databaseUrl, dropDatabase } from "@dlhub/subgraph-kit";
import { testServerUrl, uniqueName } from "@dlhub/subgraph-kit/testing";
import { type LocalHub, type LocalHubOptions, startLocalHub } from "@dlhub/local-hub";

export interface TestHub extends LocalHub {
  /** The secret the hub's tokens are signed with, for minting test tokens. */
  tokenSecret: string;
  /** Every database the hub keeps, by name (`registry` and each subgraph's), as URLs. */
  databaseUrls: Record<string, string>;
  stop(): Promise<void>;
}

export interface TestHubOptions {
  /** false: no demo data, for tests that must see real imports alone. */
  seed?: boolean;
  /** The subgraphs' forwarding secret, for a test that runs a gateway of its own in front of them. */
  forwardingSecret?: string;
  /** The console the gateway serves; read from the environment (the repository's console/dist) when absent. */
  console?: LocalHubOptions["console"];
  /** Whether the gateway runs only registered documents (default: allowed). */
  trustedDocuments?: LocalHubOptions["trustedDocuments"];
  /** The gateway's usage reporting and the registry's clock, for tests of usage from real traffic. */
  usage?: LocalHubOptions["usage"];
  registryClock?: LocalHubOptions["registryClock"];
  /** The gateway's response cache: off unless a test is about it. */
  responseCache?: LocalHubOptions["responseCache"];
}

/** The whole hub on port 0 everywhere, over fresh databases that `stop()` drops again. */
export async function startTestHub({ seed = true, forwardingSecret, console: consoleApp, trustedDocuments, usage, registryClock, responseCache }: TestHubOptions = {}): Promise<TestHub> {
  const serverUrl = testServerUrl();
  const databasePrefix = uniqueName("hub");
  const tokenSecret = randomBytes(32).toString("base64url");
  const hub = await startLocalHub({
    registryPort: 0,
    tokenSecret,
    forwardingSecret,
    console: consoleApp,
    trustedDocuments,
    serverUrl,
    databasePrefix,
    gatewayPort: 0,
    subgraphPort: () => 0,
    seed,
    syncIntervalMs: 200,
    logger: createLogger("dlhub", "silent"),
    // Off unless asked for: usage reports write to the registry in the background as traffic flows,
    // and suites that fingerprint the databases must find only what their own requests wrote.
    usage: usage ?? { reporting: false },
    registryClock,
    responseCache,
  });
  const names = [...hub.subgraphs.map((s) => s.name), "registry"];
  return {
    ...hub,
    tokenSecret,
    databaseUrls: Object.fromEntries(names.map((name) => [name, databaseUrl(serverUrl, databaseName({ name }, databasePrefix))])),
    stop: async () => {
      await hub.close();
      for (const name of names) await dropDatabase(serverUrl, databaseName({ name }, databasePrefix));
    },
  };
}
