export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The body as JSON; undefined when it is not JSON. */
  json: any;
}

/** POSTs a body exactly as given (not necessarily JSON, not necessarily valid) and keeps the status and headers. */
export async function post(url: string, body: string, headers: Record<string, string> = { "content-type": "application/json" }): Promise<RawResponse> {
  const response = await fetch(url, { method: "POST", headers, body });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** POSTs one GraphQL operation and keeps the status and headers. */
export function postQuery(url: string, query: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return post(url, JSON.stringify({ query }), { "content-type": "application/json", ...headers });
}
