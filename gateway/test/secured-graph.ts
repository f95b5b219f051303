import { randomBytes } from "node:crypto";
import { Role, createIdentityVerifier, mintDevelopmentToken } from "@dlhub/schema";
import { FEED_PATH } from "@dlhub/subgraph-kit";
import { TestStack, startTestSubgraph, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { startTestGraph } from "@dlhub/gateway/testing";
import { createHub } from "@dlhub/hub";
import { libraries } from "@dlhub/libraries";
import { parks } from "@dlhub/parks";

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
}

const secret = () => randomBytes(32).toString("base64url");

/**
 * Libraries, parks and the hub (following the libraries feed every 100 ms), composed, behind a
 * gateway with a token secret and a forwarding secret; each service on port 0 over its own
 * fresh database, each registered in `stack` as it starts.
 */
export async function startSecuredGraph(stack: TestStack): Promise<SecuredGraph> {
  const tokenSecret = secret();
  const forwardingSecret = secret();
  const [librariesSubgraph, parksSubgraph] = await Promise.all([
    startTestSubgraph(libraries, { forwardingSecret, stack }),
    startTestSubgraph(parks, { forwardingSecret, stack }),
  ]);
  const feedUrl = librariesSubgraph.url.replace(/\/graphql$/, FEED_PATH);
  const hubSubgraph = await startTestSubgraph(createHub({ feeds: [{ name: "libraries", url: feedUrl }], syncIntervalMs: 100 }), { forwardingSecret, stack });
  const gateway = await startTestGraph([librariesSubgraph, parksSubgraph, hubSubgraph], {
    identity: { verifier: createIdentityVerifier({ secret: tokenSecret }), forwardingSecret },
    stack,
  });
  const mint = (subject: string, roles: Role[], department?: string) => mintDevelopmentToken(tokenSecret, { subject, roles, department });
  return {
    gatewayUrl: gateway.url,
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
  };
}

/** Runs one SQL query on a subgraph's own database. */
export function sql<Row = Record<string, unknown>>(subgraph: TestSubgraph, query: string, parameters: unknown[] = []): Promise<Row[]> {
  return subgraph.service.database.dataSource.query(query, parameters);
}

export async function countRows(subgraph: TestSubgraph, table: string): Promise<number> {
  const [row] = await sql<{ n: string }>(subgraph, `SELECT count(*) AS n FROM ${table}`);
  return Number(row.n);
}
