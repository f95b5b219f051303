import { type HttpExchange, postGraphql, sendHttp } from "@dlhub/subgraph-kit/testing";

/** One raw HTTP exchange with the gateway or a subgraph (the kit's one test client): hostile requests are not always GraphQL. */
export type Exchange = HttpExchange;

export const send = sendHttp;

/** A JSON GraphQL POST, with an optional bearer token and extra headers. */
export function graphql(url: string, query: string, options: { variables?: Record<string, unknown>; token?: string; headers?: Record<string, string> } = {}) {
  return postGraphql(url, query, options.variables ?? {}, { token: options.token, headers: options.headers });
}
