import { type DepartmentDefinition } from "../src/department.js";
import { createLogger } from "../src/logger.js";
import { type SubgraphService, startSubgraph } from "../src/subgraph-service.js";
import { createTestDatabase, type TestDatabase } from "./database.js";

export interface TestSubgraph {
  service: SubgraphService;
  database: TestDatabase;
  url: string;
  /** Stops the server and drops its database. */
  stop(): Promise<void>;
}

export interface TestSubgraphOptions {
  /** Load the demo data (default true). */
  seed?: boolean;
  /** Trust identities a gateway with this secret forwards; without one every request is anonymous. */
  forwardingSecret?: string;
}

/** Starts a department on port 0 over its own fresh database; seeds its demo data unless told not to. */
export async function startTestSubgraph(definition: DepartmentDefinition, options: TestSubgraphOptions = {}): Promise<TestSubgraph> {
  const database = await createTestDatabase(definition.name);
  const service = await startSubgraph(definition, {
    databaseUrl: database.url,
    port: 0,
    seed: options.seed ?? true,
    forwardingSecret: options.forwardingSecret,
    logger: createLogger(definition.name, "silent"),
  });
  return {
    service,
    database,
    url: service.url,
    stop: async () => {
      await service.close();
      await database.drop();
    },
  };
}
