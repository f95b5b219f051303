import { type DepartmentDefinition, type SubgraphService, createLogger, startSubgraph } from "@dlhub/subgraph-kit";
import { createTestDatabase, type TestDatabase } from "./database.js";
import { type TestStack } from "./stack.js";

export interface TestSubgraph {
  /** What was started, for composing it with others (startTestGraph). */
  definition: DepartmentDefinition;
  service: SubgraphService;
  database: TestDatabase;
  url: string;
  /** Stops the server and drops its database; a second call does nothing. */
  stop(): Promise<void>;
}

export interface TestSubgraphOptions {
  /** Load the demo data (default true). */
  seed?: boolean;
  /** Trust identities a gateway with this secret forwards; without one every request is anonymous. */
  forwardingSecret?: string;
  /** Registers the subgraph here, to be stopped with everything else the suite started. */
  stack?: TestStack;
}

/**
 * Starts a department on port 0 over its own fresh database; seeds its demo data unless told not
 * to. Should the start fail, the database is dropped again before the error is thrown.
 */
export async function startTestSubgraph(definition: DepartmentDefinition, options: TestSubgraphOptions = {}): Promise<TestSubgraph> {
  const database = await createTestDatabase(definition.name);
  let service: SubgraphService;
  try {
    service = await startSubgraph(definition, {
      databaseUrl: database.url,
      port: 0,
      seed: options.seed ?? true,
      forwardingSecret: options.forwardingSecret,
      logger: createLogger(definition.name, "silent"),
    });
  } catch (error) {
    await database.drop();
    throw error;
  }
  let stopping: Promise<void> | undefined;
  const subgraph: TestSubgraph = {
    definition,
    service,
    database,
    url: service.url,
    stop: () =>
      (stopping ??= (async () => {
        await service.close();
        await database.drop();
      })()),
  };
  return options.stack ? options.stack.add(subgraph, `the ${definition.name} subgraph`) : subgraph;
}
