/** One raw HTTP exchange with the gateway or a subgraph: hostile requests are not always GraphQL. */
export interface Exchange {
  status: number;
  /** The parsed body, or null when it was not JSON. */
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | null;
  text: string;
}

export async function send(url: string, init: { method?: string; headers?: Record<string, string>; body?: string }): Promise<Exchange> {
  const response = await fetch(url, { method: init.method ?? "POST", headers: init.headers, body: init.body });
  const text = await response.text();
  let body: Exchange["body"] = null;
  try {
    body = JSON.parse(text) as Exchange["body"];
  } catch {
    body = null;
  }
  return { status: response.status, body, text };
}

/** A JSON GraphQL POST, with an optional bearer token and extra headers. */
export function graphql(url: string, query: string, options: { variables?: unknown; token?: string; headers?: Record<string, string> } = {}) {
  return send(url, {
    headers: {
      "content-type": "application/json",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
}

/** The error codes of an exchange, in order. */
export const codesOf = (exchange: Exchange): string[] =>
  (exchange.body?.errors ?? []).map((error) => String(error.extensions?.code ?? "NONE"));
