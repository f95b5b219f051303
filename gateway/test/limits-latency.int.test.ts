import { randomBytes } from "node:crypto";
import { Role, createIdentityVerifier, mintDevelopmentToken } from "@dlhub/schema";
import { startTestSubgraph, useTestStack } from "@dlhub/subgraph-kit/testing";
import { composeTestSubgraphs, startTestGateway } from "@dlhub/gateway/testing";
import { hub } from "@dlhub/hub";
import { libraries } from "@dlhub/libraries";
import { compareLatency, latencyTable } from "./latency";

const QUERY = `{ libraryInitiatives(first: 20) { nodes { title audiences languages } } libraryBranches { name address } }`;
const REQUESTS = 200;

// A measurement, not a check: run it with DLHUB_MEASURE_LATENCY=1 (about a minute).
const describeWhenMeasuring = process.env.DLHUB_MEASURE_LATENCY ? describe : describe.skip;

/**
 * What the protection layer adds to a request: the same subgraphs behind two gateways, one with
 * the query limits and rate limiting and one without. Printed, not asserted beyond a generous
 * bound: the figures are for reading (add a variant to measure another layer the same way).
 */
describeWhenMeasuring("the latency the limits add", () => {
  const stack = useTestStack();
  const variants: Record<string, { url: string; headers?: Record<string, string> }> = {};
  const tokenSecret = randomBytes(32).toString("base64url");
  const forwardingSecret = randomBytes(32).toString("base64url");

  beforeAll(async () => {
    const sdl = await composeTestSubgraphs([
      await startTestSubgraph(libraries, { forwardingSecret, stack }),
      await startTestSubgraph(hub, { seed: false, forwardingSecret, stack }),
    ]);
    const identity = { verifier: createIdentityVerifier({ secret: tokenSecret }), forwardingSecret };
    const token = await mintDevelopmentToken(tokenSecret, { subject: "coordinator@phila.gov", roles: [Role.COORDINATOR] });
    const configurations = {
      "limits off": { protection: { limits: false, rateLimitPerMinute: false } },
      "limits on": { protection: { rateLimitPerMinute: 1_000_000 } },
      // Every request carries a coordinator token: verified, then forwarded signed to each subgraph.
      "limits and auth on": { protection: { rateLimitPerMinute: 1_000_000, identity }, headers: { authorization: `Bearer ${token}` } },
    } as const;
    for (const [name, { protection, ...rest }] of Object.entries(configurations)) {
      const gateway = await startTestGateway({ supergraph: { sdl }, stack, ...protection });
      variants[name] = { url: gateway.url, headers: "headers" in rest ? rest.headers : undefined };
    }
  });

  it.each([
    // Apollo Server keeps each validated document, so the limits' rules run on the first only.
    ["the same query each time", () => QUERY],
    // A numbered comment makes every document new: parsed, validated and planned each time.
    ["a new document each time", (i: number) => `${QUERY} # ${i}`],
    // Answered by the gateway alone, with no department asked: the gateway's own share.
    ["a new `{ __typename }` each time", (i: number) => `{ __typename } # ${i}`],
  ])("%s", async (label, query) => {
    const results = await compareLatency(variants, query, { requests: REQUESTS, warmUp: 20 });
    console.log(latencyTable(`Gateway latency, ${label} (${REQUESTS} sequential requests each):`, results));
    expect(results["limits on"].medianMs - results["limits off"].medianMs).toBeLessThan(5);
  });
});
