import { type GraphqlResponse, type HttpExchange, sendHttp } from "./http.js";

export interface RequestOptions {
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  headers?: Record<string, string>;
  /** Which operation of a document with several to run. */
  operationName?: string;
}

/** POSTs one GraphQL operation over real HTTP, as a client would, and keeps the whole exchange. */
export function postGraphql<Data = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<HttpExchange<Data>> {
  return sendHttp<Data>(url, {
    headers: {
      "content-type": "application/json",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables, ...(options.operationName ? { operationName: options.operationName } : {}) }),
  });
}

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export async function queryOk<Data = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: RequestOptions = {},
): Promise<Data> {
  const result = await postGraphql<Data>(url, query, variables, options);
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL errors (HTTP ${result.status}): ${result.errors ? JSON.stringify(result.errors, null, 2) : result.text.slice(0, 500)}`);
  }
  return result.data;
}

/** The error codes of an answer, in order; "NONE" for an error without one. */
export function errorCodes(response: GraphqlResponse<unknown>): string[] {
  return (response.errors ?? []).map((error) => String(error.extensions?.code ?? "NONE"));
}

/** Sends several operations one after another, each of which must succeed; their data by name. */
export async function queryEachOk(url: string, queries: Record<string, string>, options: RequestOptions = {}): Promise<Record<string, unknown>> {
  const answers: Record<string, unknown> = {};
  for (const [name, query] of Object.entries(queries)) answers[name] = await queryOk(url, query, {}, options);
  return answers;
}
