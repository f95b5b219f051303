import { type HttpExchange, type HttpRequest, postGraphql, sendHttp } from "@dlhub/subgraph-kit/testing";

/** One raw HTTP exchange with the gateway or a subgraph (the kit's one test client): hostile requests are not always GraphQL. */
export type Exchange = HttpExchange;

export const send = sendHttp;

/** A JSON GraphQL POST, with an optional bearer token and extra headers. */
export function graphql(url: string, query: string, options: { variables?: Record<string, unknown>; token?: string; headers?: Record<string, string> } = {}) {
  return postGraphql(url, query, options.variables ?? {}, { token: options.token, headers: options.headers });
}

/**
 * One exchange with an answer outside the graph (the registry, a change feed), whose refusals are
 * `{ error: { code, message } }`: lifted into `errors` so a case reads every refusal's code the same way.
 */
export async function sendPlain(url: string, request: HttpRequest = {}): Promise<Exchange> {
  const exchange = await sendHttp(url, request);
  const error = (exchange.json as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  if (!error) return exchange;
  return { ...exchange, errors: [{ message: String(error.message), extensions: { code: error.code } }] };
}
