import { createLogger, databaseName, dropDatabase } from "@dlhub/subgraph-kit";
import { testServerUrl, uniqueName } from "@dlhub/subgraph-kit/testing";
import { type Hub, startHub } from "@dlhub/local-hub";

export interface TestHub extends Hub {
  stop(): Promise<void>;
}

/** The whole hub on port 0 everywhere, over fresh databases that `stop()` drops again. */
export async function startTestHub(): Promise<TestHub> {
  const serverUrl = testServerUrl();
  const databasePrefix = uniqueName("hub");
  const hub = await startHub({
    serverUrl,
    databasePrefix,
    gatewayPort: 0,
    subgraphPort: () => 0,
    seed: true,
    syncIntervalMs: 200,
    logger: createLogger("dlhub", "silent"),
  });
  return {
    ...hub,
    stop: async () => {
      await hub.close();
      for (const { name } of hub.subgraphs) await dropDatabase(serverUrl, databaseName({ name }, databasePrefix));
    },
  };
}
