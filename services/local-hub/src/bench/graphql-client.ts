/** A GraphQL answer that carried errors, or a non-200 answer: the benchmark stops on either. */
export class BenchRequestError extends Error {}

/**
 * POSTs one operation and returns its `data`. A benchmark of failing requests would measure the
 * error path, so any error in the answer fails the run.
 */
export async function postQuery<T>(url: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: { data?: T; errors?: { message: string }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new BenchRequestError(`HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`);
  }
  if (!response.ok || body.errors?.length || body.data === undefined) {
    const messages = body.errors?.map((e) => e.message).join("; ") ?? "no data";
    throw new BenchRequestError(`HTTP ${response.status}: ${messages}\nquery: ${query.slice(0, 200)}`);
  }
  return body.data;
}
