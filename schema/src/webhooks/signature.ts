import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * How a DL Hub webhook is signed and checked: HMAC-SHA256 with the subscription's secret over
 * `<timestamp>.<body>`. The timestamp is inside what is signed, so an old delivery replayed later
 * fails the tolerance check and cannot be given a fresh time without the secret. No I/O and only
 * node:crypto, so a receiver can copy this file as it is.
 */

/** Five minutes either way: room for clock skew and a slow network, little for a replay. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

const hmac = (secret: string, timestamp: number, body: string) => createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex");

/** The `DLHub-Signature` header value for `body` sent at `timestamp` (unix seconds). */
export function signWebhookPayload({ secret, body, timestamp }: { secret: string; body: string; timestamp: number }): string {
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}

export type WebhookVerification = { ok: true; timestamp: number } | { ok: false; reason: "malformed" | "stale" | "mismatch" };

export interface VerifyWebhookOptions {
  secret: string;
  /** The `DLHub-Signature` header as received. */
  header: string | null | undefined;
  /** The request body exactly as received: parsing and re-serialising JSON changes the bytes. */
  body: string;
  toleranceSeconds?: number;
  /** Unix seconds; for tests. */
  now?: number;
}

/**
 * Whether a delivery came from the registry holding `secret`, unchanged and recently. Several `v1=`
 * entries are accepted (one matching is enough), so the registry could sign with two secrets while
 * one replaces the other.
 */
export function verifyWebhookSignature({ secret, header, body, toleranceSeconds = DEFAULT_TOLERANCE_SECONDS, now = Math.floor(Date.now() / 1000) }: VerifyWebhookOptions): WebhookVerification {
  if (!header) return { ok: false, reason: "malformed" };
  const parts = header.split(",").map((part) => part.trim().split("="));
  const timestamps = parts.filter(([key]) => key === "t").map(([, value]) => value ?? "");
  const signatures = parts.filter(([key, value]) => key === "v1" && /^[0-9a-f]{64}$/.test(value ?? "")).map(([, value]) => value as string);
  if (timestamps.length !== 1 || !/^\d{1,12}$/.test(timestamps[0] as string) || signatures.length === 0) return { ok: false, reason: "malformed" };
  const timestamp = Number(timestamps[0]);
  if (Math.abs(now - timestamp) > toleranceSeconds) return { ok: false, reason: "stale" };
  const expected = Buffer.from(hmac(secret, timestamp, body), "hex");
  // timingSafeEqual: comparing byte by byte with === would tell an attacker how many leading bytes were right.
  const matches = signatures.some((signature) => timingSafeEqual(Buffer.from(signature, "hex"), expected));
  return matches ? { ok: true, timestamp } : { ok: false, reason: "mismatch" };
}
