/**
 * Fields whose value changes between two identical requests by nature, not by gateway: a
 * department's last sync time moves every sync interval. They are compared as present, not by value.
 */
const VOLATILE_FIELDS = new Set(["lastSyncedAt"]);

export class AnswerMismatch extends Error {}

/**
 * POSTs one request body and returns its answer in a form two gateways' answers can be compared
 * in: parsed and printed again (so whitespace does not count, while field order, which GraphQL
 * fixes by the query, does), volatile fields blanked. An answer with errors, without data or not
 * 200 fails at once: a benchmark of failing requests would measure the error path.
 */
export async function fetchAnswer(url: string, body: string): Promise<{ answer: string; bytes: number }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
  const text = await response.text();
  let parsed: { data?: unknown; errors?: { message: string }[] };
  try {
    parsed = JSON.parse(text, (key, value: unknown) => (VOLATILE_FIELDS.has(key) && value !== null ? "(volatile)" : value)) as typeof parsed;
  } catch {
    throw new AnswerMismatch(`HTTP ${response.status}, not JSON: ${text.slice(0, 300)}`);
  }
  if (response.status !== 200 || parsed.errors?.length || parsed.data == null) {
    throw new AnswerMismatch(`HTTP ${response.status}: ${parsed.errors?.map((e) => e.message).join("; ") ?? "no data"}`);
  }
  // Only `data` is compared: gateways differ in the extensions they add, not in what a client reads.
  return { answer: JSON.stringify(parsed.data), bytes: Buffer.byteLength(text) };
}

/** The first position where two answers differ, with a little context, for the failure message. */
export function firstDifference(expected: string, actual: string): string {
  let i = 0;
  while (i < expected.length && expected[i] === actual[i]) i += 1;
  return `at character ${i}: expected …${expected.slice(Math.max(0, i - 60), i + 60)}… got …${actual.slice(Math.max(0, i - 60), i + 60)}…`;
}
