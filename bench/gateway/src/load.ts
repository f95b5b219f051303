import autocannon from "autocannon";

/** What the harness asks of one load run (passed as argv[2], JSON). */
export interface LoadPlan {
  url: string;
  connections: number;
  durationS: number;
  /** Request bodies; each connection sends them in turn, over and over. */
  bodies: string[];
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  /** Socket errors and timeouts. */
  errors: number;
}

/**
 * The load generator, in a process of its own pinned to the other core: `node load.js '<plan>'`.
 * autocannon keeps `connections` requests in flight (a closed loop, like the Guild benchmark's
 * constant-VU mode) and prints one JSON line of results.
 */
async function main(): Promise<void> {
  const plan = JSON.parse(process.argv[2]) as LoadPlan;
  const result = await autocannon({
    url: plan.url,
    connections: plan.connections,
    duration: plan.durationS,
    timeout: 10,
    headers: { "content-type": "application/json" },
    method: "POST",
    requests: plan.bodies.map((body) => ({ method: "POST", body })),
  });
  const requests = result.requests.total;
  const summary: LoadResult = {
    requests,
    requestsPerSecond: requests / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
  console.log(JSON.stringify(summary));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
