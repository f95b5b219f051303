import { randomBytes } from "node:crypto";
import { type DataSource } from "typeorm";
import { type CreatedWebhook, type DepartmentSyncReport, type Identity, type Webhook, type WebhookDelivery, type WebhookEventType, notFound } from "@dlhub/schema";
import { parseInput } from "../inputs.js";
import { deliveryFilter, syncReport, webhookId, webhookInput } from "./inputs.js";
import { recordEvent } from "./outbox.js";

interface WebhookRow {
  id: string;
  url: string;
  events: WebhookEventType[];
  created_by: string;
  created_at: Date;
}

const webhookRecord = (row: WebhookRow): Webhook => ({ id: row.id, url: row.url, events: row.events, createdBy: row.created_by, createdAt: row.created_at.toISOString() });
const iso = (at: Date | null) => (at ? at.toISOString() : null);

/** The coordinator's subscriptions, their delivery log, and the events DL Hub's services report. */
export class Webhooks {
  constructor(private readonly db: DataSource) {}

  /** The secret is made here and returned this once; it is never listed. */
  async subscribe(input: unknown, identity: Identity): Promise<CreatedWebhook> {
    const { url, events } = parseInput(webhookInput, input, "webhook");
    const secret = `whsec_${randomBytes(32).toString("base64url")}`;
    const [row] = (await this.db.query(
      `INSERT INTO webhook (url, secret, events, created_by) VALUES ($1, $2, $3, $4) RETURNING id, url, events, created_by, created_at`,
      [url, secret, events, identity.subject],
    )) as WebhookRow[];
    return { webhook: webhookRecord(row as WebhookRow), secret };
  }

  async list(): Promise<Webhook[]> {
    const rows = (await this.db.query(`SELECT id, url, events, created_by, created_at FROM webhook ORDER BY created_at, id`)) as WebhookRow[];
    return rows.map(webhookRecord);
  }

  /** Pending deliveries go with it: nothing more is sent to a removed subscription. */
  async remove(id: string): Promise<Webhook> {
    parseInput(webhookId, id, "webhook id");
    const [rows] = (await this.db.query(`DELETE FROM webhook WHERE id = $1 RETURNING id, url, events, created_by, created_at`, [id])) as [WebhookRow[], number];
    const row = rows[0];
    if (!row) throw notFound(`No webhook ${id}.`);
    return webhookRecord(row);
  }

  /** Newest first, each with every attempt: two statements, however many deliveries. */
  async deliveries(query: unknown): Promise<WebhookDelivery[]> {
    const filter = parseInput(deliveryFilter, query, "delivery filter");
    const rows = (await this.db.query(
      `SELECT d.id, d.webhook_id, d.event_id, e.type, d.status, d.created_at, d.delivered_at, d.next_attempt_at
         FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id
        WHERE ($1::uuid IS NULL OR d.webhook_id = $1) AND ($2::text IS NULL OR e.type = $2) AND ($3::text IS NULL OR d.status = $3)
        ORDER BY d.id DESC LIMIT $4`,
      [filter.webhook ?? null, filter.event ?? null, filter.status ?? null, filter.limit],
    )) as { id: string; webhook_id: string; event_id: string; type: WebhookEventType; status: WebhookDelivery["status"]; created_at: Date; delivered_at: Date | null; next_attempt_at: Date | null }[];
    const attempts = (await this.db.query(
      `SELECT delivery_id, attempt, at, status_code, error, duration_ms FROM webhook_delivery_attempt WHERE delivery_id = ANY ($1::bigint[]) ORDER BY delivery_id, attempt`,
      [rows.map(({ id }) => id)],
    )) as { delivery_id: string; attempt: number; at: Date; status_code: number | null; error: string | null; duration_ms: number }[];
    const attemptsOf = new Map<string, typeof attempts>();
    for (const attempt of attempts) {
      const list = attemptsOf.get(attempt.delivery_id);
      if (list) list.push(attempt);
      else attemptsOf.set(attempt.delivery_id, [attempt]);
    }
    return rows.map((row) => ({
      id: Number(row.id),
      webhookId: row.webhook_id,
      eventId: row.event_id,
      event: row.type,
      status: row.status,
      createdAt: row.created_at.toISOString(),
      deliveredAt: iso(row.delivered_at),
      nextAttemptAt: row.status === "pending" ? iso(row.next_attempt_at) : null,
      attempts: (attemptsOf.get(row.id) ?? []).map(({ attempt, at, status_code, error, duration_ms }) => ({ attempt, at: at.toISOString(), statusCode: status_code, error, durationMs: duration_ms })),
    }));
  }

  /** A department's sync fell behind or recovered, as the hub reports it. */
  async report(input: unknown, identity: Identity): Promise<{ id: string }> {
    const { type, ...data } = parseInput(syncReport, input, "event") as DepartmentSyncReport;
    const id = await this.db.transaction((manager) => recordEvent(manager, type, { ...data, reportedBy: identity.subject }));
    return { id };
  }
}
