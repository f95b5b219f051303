import { randomBytes } from "node:crypto";
import { Role, composeSupergraph, createIdentityVerifier, mintDevelopmentToken } from "@dlhub/schema";
import { FEED_PATH, type GraphqlServer, buildDepartmentSubgraph, close, createLogger, listen } from "@dlhub/subgraph-kit";
import { startTestSubgraph, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { createHub } from "@dlhub/hub";
import { libraries } from "@dlhub/libraries";
import { parks } from "@dlhub/parks";
import { createGatewayServer } from "@dlhub/gateway";

/** A real gateway that knows callers, over real department subgraphs that trust only it. */
export interface SecuredGraph {
  gatewayUrl: string;
  libraries: TestSubgraph;
  parks: TestSubgraph;
  hub: TestSubgraph;
  tokenSecret: string;
  forwardingSecret: string;
  /** Bearer tokens for the people the tests act as. */
  tokens: { coordinator: string; librariesEditor: string; parksEditor: string; noRole: string };
  stop(): Promise<void>;
}

const secret = () => randomBytes(32).toString("base64url");

/**
 * Libraries, parks and the hub (following the libraries feed every 100 ms), composed, behind a
 * gateway with a token secret and a forwarding secret; each service on port 0 over its own
 * fresh database.
 */
export async function startSecuredGraph(): Promise<SecuredGraph> {
  const tokenSecret = secret();
  const forwardingSecret = secret();
  const started: TestSubgraph[] = [];
  let gateway: GraphqlServer | undefined;
  const stop = async () => {
    if (gateway) await close(gateway);
    await Promise.all(started.map((subgraph) => subgraph.stop()));
  };
  try {
    const start = async (...args: Parameters<typeof startTestSubgraph>) => {
      const subgraph = await startTestSubgraph(...args);
      started.push(subgraph);
      return subgraph;
    };
    const [librariesSubgraph, parksSubgraph] = await Promise.all([
      start(libraries, { forwardingSecret }),
      start(parks, { forwardingSecret }),
    ]);
    const feedUrl = librariesSubgraph.url.replace(/\/graphql$/, FEED_PATH);
    const hubDefinition = createHub({ feeds: [{ name: "libraries", url: feedUrl }], syncIntervalMs: 100 });
    const hubSubgraph = await start(hubDefinition, { forwardingSecret });
    const supergraphSdl = composeSupergraph(
      await Promise.all(
        [
          { name: "libraries", definition: libraries, subgraph: librariesSubgraph },
          { name: "parks", definition: parks, subgraph: parksSubgraph },
          { name: "hub", definition: hubDefinition, subgraph: hubSubgraph },
        ].map(async ({ name, definition, subgraph }) => ({ name, url: subgraph.url, sdl: (await buildDepartmentSubgraph(definition)).sdl })),
      ),
    );
    gateway = await createGatewayServer({
      supergraph: { sdl: supergraphSdl },
      identity: { verifier: createIdentityVerifier({ secret: tokenSecret }), forwardingSecret },
      logger: createLogger("gateway", "silent"),
    });
    const gatewayUrl = `http://127.0.0.1:${await listen(gateway, 0)}/graphql`;
    const mint = (subject: string, roles: Role[], department?: string) => mintDevelopmentToken(tokenSecret, { subject, roles, department });
    return {
      gatewayUrl,
      libraries: librariesSubgraph,
      parks: parksSubgraph,
      hub: hubSubgraph,
      tokenSecret,
      forwardingSecret,
      tokens: {
        coordinator: await mint("coordinator@phila.gov", [Role.COORDINATOR]),
        librariesEditor: await mint("ana.editor@freelibrary.org", [Role.EDITOR], "libraries"),
        parksEditor: await mint("raj.editor@phila.gov", [Role.EDITOR], "parks"),
        noRole: await mint("someone@phila.gov", []),
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Runs one SQL query on a subgraph's own database. */
export function sql<Row = Record<string, unknown>>(subgraph: TestSubgraph, query: string, parameters: unknown[] = []): Promise<Row[]> {
  return subgraph.service.database.dataSource.query(query, parameters);
}

export async function countRows(subgraph: TestSubgraph, table: string): Promise<number> {
  const [row] = await sql<{ n: string }>(subgraph, `SELECT count(*) AS n FROM ${table}`);
  return Number(row.n);
}

/** Polls `check` every 100 ms until it holds; fails naming `what` after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
