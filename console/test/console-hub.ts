import { existsSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { REPOSITORY_CONSOLE_DIR } from "@dlhub/gateway";
import { Role, mintDevelopmentToken } from "@dlhub/schema";
import { type SubgraphService } from "@dlhub/subgraph-kit";
import { queryOk, useTestStack, waitFor } from "@dlhub/subgraph-kit/testing";
import { type Browser } from "playwright-core";
import { type DataSource } from "typeorm";
import { feedsCaughtUp } from "../../services/local-hub/src/bench/catch-up";
import { chooseFiles } from "../../services/local-hub/test/places-harness";
import { importInto, writeTestIndicators } from "../../services/local-hub/test/real-data-import";
import { type TestHub, type TestHubOptions, startTestHub } from "../../services/local-hub/test/start-test-hub";
import { launchChromium } from "./browser";

export interface ConsoleHub {
  hub: TestHub;
  /** The console's address: the gateway's origin, as a person types it. */
  origin: string;
  /** Which files were imported: the City's, or (away from CI) the hand-written fixtures. */
  label: string;
  /** Asks the gateway directly, as anyone (or with a token). */
  ask<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  /** A development token for the coordinator, as the console's role picker gets one. */
  coordinatorToken(): Promise<string>;
  /** A department's own database, to change its data as the department would. */
  department(name: string): DataSource;
  /** Resolves once the hub has applied every department's changes. */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

/** The built console the gateway serves; `npm test` builds it first. */
export function builtConsole(): string {
  if (!existsSync(join(REPOSITORY_CONSOLE_DIR, "index.html"))) {
    throw new Error(`${REPOSITORY_CONSOLE_DIR} has no index.html: build the console first (npm run build -w @dlhub/console)`);
  }
  return REPOSITORY_CONSOLE_DIR;
}

/**
 * The whole hub with the console, the City's files imported as `npm run import` does (boundaries,
 * tracts, KEYSPOTs, library branches, DLA grants, PPR program sites) plus made-up indicators for
 * every tract (no ACS rows are stored offline), and every department's changes applied, so the
 * numbers on screen are the ones a coordinator would see. Without CI and without the City's files,
 * the hand-written fixtures in the same formats stand in (chooseFiles).
 */
export async function startConsoleHub(options: Omit<TestHubOptions, "console"> = {}): Promise<ConsoleHub> {
  const { label, files } = chooseFiles();
  const hub = await startTestHub({ ...options, console: { directory: builtConsole(), corsOrigins: [] } });
  const department = (name: string) => (hub.subgraphs.find((s) => s.name === name) as SubgraphService).database.dataSource;
  const caughtUp = async () => {
    await waitFor(() => feedsCaughtUp(hub), "the hub to apply every department's initiative and place changes", { timeoutMs: 60_000 });
  };
  try {
    for (const [kind, file] of files) await importInto(hub.subgraphs, kind, file);
    const tracts: { geoid: string }[] = await department("hub").query(`SELECT geoid FROM census_tract ORDER BY geoid`);
    const indicators = writeTestIndicators(tracts.map((t) => t.geoid));
    await importInto(hub.subgraphs, "tract-indicators", indicators);
    rmSync(dirname(indicators), { recursive: true, force: true });
    await caughtUp();
  } catch (error) {
    await hub.stop();
    throw error;
  }
  return {
    hub,
    origin: new URL(hub.gatewayUrl).origin,
    label,
    ask: (query, variables = {}, token) => queryOk(hub.gatewayUrl, query, variables, { token }),
    coordinatorToken: () => mintDevelopmentToken(hub.tokenSecret, { subject: "console-test-coordinator@localhost", roles: [Role.COORDINATOR] }),
    department,
    caughtUp,
    stop: () => hub.stop(),
  };
}

export interface ConsoleSetup {
  hub: ConsoleHub;
  browser: Browser;
}

/**
 * One hub with the City's files and one Chromium for a test file: started in beforeAll, both
 * stopped in afterAll whatever happened. `prepare` runs on the hub before the browser starts.
 */
export function useConsole(prepare?: (hub: ConsoleHub) => Promise<void>): ConsoleSetup {
  const stack = useTestStack();
  const setup = {} as ConsoleSetup;
  beforeAll(async () => {
    setup.hub = stack.add(await startConsoleHub(), "the hub");
    await prepare?.(setup.hub);
    setup.browser = await launchChromium();
    stack.defer("Chromium", () => setup.browser.close());
  }, 240_000);
  return setup;
}
