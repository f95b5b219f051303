import { randomBytes } from "node:crypto";
import { createLogger, databaseName, dropDatabase } from "@dlhub/subgraph-kit";
import { testServerUrl, uniqueName } from "@dlhub/subgraph-kit/testing";
import { type Hub, startHub } from "@dlhub/local-hub";

export interface TestHub extends Hub {
  /** The secret the hub's tokens are signed with, for minting test tokens. */
  tokenSecret: string;
  stop(): Promise<void>;
}

/**
 * The whole hub on port 0 everywhere, over fresh databases that `stop()` drops again. With
 * `seed: false` no demo data is loaded, for tests that must see real imports alone.
 */
export async function startTestHub({ seed = true }: { seed?: boolean } = {}): Promise<TestHub> {
  const serverUrl = testServerUrl();
  const databasePrefix = uniqueName("hub");
  const tokenSecret = randomBytes(32).toString("base64url");
  const hub = await startHub({
    registryPort: 0,
    tokenSecret,
    serverUrl,
    databasePrefix,
    gatewayPort: 0,
    subgraphPort: () => 0,
    seed,
    syncIntervalMs: 200,
    logger: createLogger("dlhub", "silent"),
  });
  return {
    ...hub,
    tokenSecret,
    stop: async () => {
      await hub.close();
      for (const { name } of [...hub.subgraphs, { name: "registry" }]) await dropDatabase(serverUrl, databaseName({ name }, databasePrefix));
    },
  };
}
