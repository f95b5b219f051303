/**
 * What the registry tells the coordinator's subscribers about, and the shapes they receive. Shared
 * by the registry (which records and signs them), its typed client and the CLI, so the words
 * cannot drift apart.
 */
export const WEBHOOK_EVENTS = [
  "subgraph.published",
  "check.refused",
  "supergraph.rolled_back",
  "subgraph.deleted",
  "department.sync_behind",
  "department.sync_recovered",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

/** What the hub may report with POST /events; every other event the registry raises itself. */
export const REPORTED_EVENTS = ["department.sync_behind", "department.sync_recovered"] as const satisfies readonly WebhookEventType[];

export type ReportedEventType = (typeof REPORTED_EVENTS)[number];

export const isWebhookEvent = (value: string): value is WebhookEventType => (WEBHOOK_EVENTS as readonly string[]).includes(value);

/** The JSON body of every delivery; `id` is the same on every attempt, so a receiver can ignore repeats. */
export interface WebhookEventBody<Data = Record<string, unknown>> {
  id: string;
  type: WebhookEventType;
  /** When the event happened (ISO 8601), not when this attempt was sent. */
  createdAt: string;
  data: Data;
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const SIGNATURE_HEADER = "DLHub-Signature";
/** The event's id again, for receivers that deduplicate before reading the body. */
export const EVENT_ID_HEADER = "DLHub-Event-Id";
export const EVENT_TYPE_HEADER = "DLHub-Event";
/** 1 on the first attempt; a receiver may log it. */
export const ATTEMPT_HEADER = "DLHub-Delivery-Attempt";

/** A subscription as listed: the secret is never part of it. */
export interface Webhook {
  id: string;
  url: string;
  events: WebhookEventType[];
  createdBy: string;
  createdAt: string;
}

export interface WebhookInput {
  url: string;
  events: string[];
}

/** The answer to a subscription: the only time the signing secret is shown. */
export interface CreatedWebhook {
  webhook: Webhook;
  secret: string;
}

export type DeliveryStatus = "pending" | "delivered" | "failed";
export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ["pending", "delivered", "failed"];

export interface DeliveryAttempt {
  attempt: number;
  at: string;
  /** The receiver's HTTP status; null when none came (refused connection, timeout). */
  statusCode: number | null;
  /** Why the attempt failed; null when it succeeded. */
  error: string | null;
  durationMs: number;
}

export interface WebhookDelivery {
  id: number;
  webhookId: string;
  eventId: string;
  event: WebhookEventType;
  status: DeliveryStatus;
  createdAt: string;
  deliveredAt: string | null;
  /** When the next attempt is due; null once delivered or given up. */
  nextAttemptAt: string | null;
  attempts: DeliveryAttempt[];
}

export interface DeliveryFilter {
  webhook?: string;
  event?: string;
  status?: string;
  /** At most this many, newest first; the registry's default is 100. */
  limit?: number;
}

/** What the hub reports when a department's sync falls behind or recovers. */
export interface DepartmentSyncReport {
  type: ReportedEventType;
  department: string;
  /** The last time the hub read the department's feed to its end; null if never. */
  lastSyncedAt: string | null;
  /** Why the last attempt failed; null when it did not. */
  lastError: string | null;
}
