import { postGraphql } from "@dlhub/subgraph-kit/testing";

export interface StreamResult {
  requests: number;
  /** Every request that failed: HTTP or network failure, or any GraphQL error. */
  failures: string[];
}

/**
 * Keeps `clients` clients asking the gateway the given queries back to back, as the coordinator's
 * dashboard would, until stopped; every answer must carry data and no error.
 */
export function startSteadyStream(url: string, queries: string[], clients = 4): { stop(): Promise<StreamResult> } {
  let running = true;
  const result: StreamResult = { requests: 0, failures: [] };
  const client = async (offset: number) => {
    for (let i = offset; running; i++) {
      const query = queries[i % queries.length];
      try {
        const response = await postGraphql(url, query);
        if (response.errors?.length || !response.data) result.failures.push(`${query.slice(0, 40)}: ${JSON.stringify(response.errors)}`);
      } catch (error) {
        result.failures.push(`${query.slice(0, 40)}: ${error instanceof Error ? error.message : String(error)}`);
      }
      result.requests++;
    }
  };
  const all = Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
  return {
    stop: async () => {
      running = false;
      await all;
      return result;
    },
  };
}

/** Polls until `probe` returns a value (not undefined) or the time is up. */
export async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    const value = await probe().catch((error: unknown) => {
      last = error;
      return undefined;
    });
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms${last ? `: ${String(last)}` : ""}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
