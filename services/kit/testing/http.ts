/** A GraphQL answer's body. */
export interface GraphqlResponse<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/**
 * One HTTP exchange, everything a test may check: the status, the headers, the body as sent and,
 * when the body is JSON, parsed. A GraphQL answer's `data` and `errors` are lifted out of it, so
 * a test reads `response.errors` whether it sent valid GraphQL, hostile bytes or none at all.
 */
export interface HttpExchange<Data = Record<string, unknown>> extends GraphqlResponse<Data> {
  status: number;
  headers: Headers;
  /** The body exactly as it came. */
  text: string;
  /** The body parsed as JSON; undefined when it is not JSON. */
  json: unknown;
}

export interface HttpRequest {
  /** GET without a body and POST with one, unless told otherwise. */
  method?: string;
  headers?: Record<string, string>;
  /** Sent exactly as given: not necessarily JSON, not necessarily valid. */
  body?: string;
}

/** Sends one request over real HTTP and keeps the whole answer (the one HTTP client of the tests). */
export async function sendHttp<Data = Record<string, unknown>>(url: string, request: HttpRequest = {}): Promise<HttpExchange<Data>> {
  const response = await fetch(url, { method: request.method ?? (request.body === undefined ? "GET" : "POST"), headers: request.headers, body: request.body });
  const text = await response.text();
  const json = parseJson(text);
  const answer = typeof json === "object" && json !== null && !Array.isArray(json) ? (json as GraphqlResponse<Data>) : {};
  return { status: response.status, headers: response.headers, text, json, data: answer.data, errors: answer.errors };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Not JSON: hostile requests and broken proxies answer with anything.
    return undefined;
  }
}
