import { type RequestOptions, postGraphql } from "@dlhub/subgraph-kit/testing";

export interface StreamResult {
  requests: number;
  /** Every request that failed: HTTP or network failure, or any GraphQL error. */
  failures: string[];
}

/**
 * Keeps `clients` clients asking the gateway the given queries back to back, as the coordinator's
 * dashboard would, until stopped; every answer must be HTTP 200 with data and no error.
 * `requestOptions` gives each request, numbered across the clients, its token or headers.
 */
export function startSteadyStream(url: string, queries: string[], clients = 4, requestOptions?: (request: number) => Promise<RequestOptions>): { served(): number; stop(): Promise<StreamResult> } {
  let running = true;
  const result: StreamResult = { requests: 0, failures: [] };
  let sent = 0;
  const client = async (offset: number) => {
    for (let i = offset; running; i++) {
      const query = queries[i % queries.length];
      try {
        const response = await postGraphql(url, query, {}, await requestOptions?.(sent++));
        if (response.status !== 200 || response.errors?.length || !response.data) {
          result.failures.push(`${query.slice(0, 40)}: HTTP ${response.status} ${JSON.stringify(response.errors) ?? response.text.slice(0, 80)}`);
        }
      } catch (error) {
        result.failures.push(`${query.slice(0, 40)}: ${error instanceof Error ? error.message : String(error)}`);
      }
      result.requests++;
    }
  };
  const all = Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
  return {
    served: () => result.requests,
    stop: async () => {
      running = false;
      await all;
      return result;
    },
  };
}
