import { type DataSource } from "typeorm";
import { ATTEMPT_HEADER, EVENT_ID_HEADER, EVENT_TYPE_HEADER, SIGNATURE_HEADER, type WebhookEventBody, signWebhookPayload } from "@dlhub/schema";
import { retryDelayMs } from "./backoff.js";

export interface DeliverySettings {
  /** The first retry waits about this long, each later one twice as long (REGISTRY_WEBHOOK_RETRY_BASE_MS). */
  retryBaseMs: number;
  /** Attempts before a delivery is marked failed (REGISTRY_WEBHOOK_MAX_ATTEMPTS). */
  maxAttempts: number;
  /** A receiver that has not answered in this long has failed the attempt (REGISTRY_WEBHOOK_TIMEOUT_MS). */
  timeoutMs: number;
  /** How often each registry copy looks for due deliveries. */
  pollIntervalMs: number;
}

/** Ten retries from 10 s reach about 1.5 hours in all: a receiver down for a deploy or a short outage still gets its events. */
export const DEFAULT_DELIVERY_SETTINGS: DeliverySettings = { retryBaseMs: 10_000, maxAttempts: 10, timeoutMs: 10_000, pollIntervalMs: 1000 };

/** At most this many deliveries are sent at once by one copy. */
const BATCH = 20;

interface Claimed {
  id: string;
  attempts: number;
  url: string;
  secret: string;
  event_id: string;
  type: WebhookEventBody["type"];
  data: Record<string, unknown>;
  created_at: Date;
}

type Outcome = { ok: boolean; statusCode: number | null; error: string | null; durationMs: number };

/**
 * Sends the outbox's due deliveries, in the background of every registry copy. A delivery is
 * claimed with FOR UPDATE SKIP LOCKED and leased (its next attempt moved past the send's timeout)
 * in one statement, so several copies polling together never send it twice, and a copy that dies
 * mid-send leaves it to be retried when the lease runs out. Nothing here runs inside a publish.
 */
export class WebhookDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<void> | null = null;
  private stopped = true;

  constructor(
    private readonly db: DataSource,
    private readonly settings: DeliverySettings = DEFAULT_DELIVERY_SETTINGS,
    private readonly onError: (error: unknown) => void = (error) => console.error(error),
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Waits for sends in flight; what is still due is sent by the next start or another copy. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.round;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.round = this.sendDue()
        .catch(this.onError)
        .then((sentAny) => this.schedule(sentAny === true ? 0 : this.settings.pollIntervalMs));
    }, delayMs);
  }

  /** Whether there were any: a full batch is followed at once by the next. */
  private async sendDue(): Promise<boolean> {
    const lease = `${this.settings.timeoutMs * 2 + 10_000} milliseconds`;
    const claimed = (await this.db.query(
      `UPDATE webhook_delivery d SET attempts = d.attempts + 1, next_attempt_at = now() + $2::interval
         FROM webhook w, webhook_event e
        WHERE d.id IN (SELECT id FROM webhook_delivery WHERE status = 'pending' AND next_attempt_at <= now()
                        ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
          AND w.id = d.webhook_id AND e.id = d.event_id
        RETURNING d.id, d.attempts, w.url, w.secret, e.id AS event_id, e.type, e.data, e.created_at`,
      [BATCH, lease],
    )) as [Claimed[], number];
    const rows = claimed[0];
    await Promise.all(rows.map((row) => this.deliver(row).catch(this.onError)));
    return rows.length === BATCH;
  }

  private async deliver(row: Claimed): Promise<void> {
    const outcome = await this.send(row);
    const giveUp = !outcome.ok && row.attempts >= this.settings.maxAttempts;
    const status = outcome.ok ? "delivered" : giveUp ? "failed" : "pending";
    const retryIn = status === "pending" ? `${retryDelayMs(row.attempts, this.settings.retryBaseMs)} milliseconds` : null;
    await this.db.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO webhook_delivery_attempt (delivery_id, attempt, status_code, error, duration_ms) VALUES ($1, $2, $3, $4, $5)`,
        [row.id, row.attempts, outcome.statusCode, outcome.error, outcome.durationMs],
      );
      await manager.query(
        `UPDATE webhook_delivery SET status = $2::text, delivered_at = CASE WHEN $2::text = 'delivered' THEN now() END,
                next_attempt_at = CASE WHEN $2::text = 'pending' THEN now() + $3::interval END
          WHERE id = $1`,
        [row.id, status, retryIn],
      );
    });
  }

  /** One attempt; never throws: a receiver's failure is an outcome to record. */
  private async send(row: Claimed): Promise<Outcome> {
    const event: WebhookEventBody = { id: row.event_id, type: row.type, createdAt: row.created_at.toISOString(), data: row.data };
    const body = JSON.stringify(event);
    const started = Date.now();
    const elapsed = () => Date.now() - started;
    try {
      const response = await fetch(row.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "DLHub-Webhooks/1",
          [SIGNATURE_HEADER]: signWebhookPayload({ secret: row.secret, body, timestamp: Math.floor(Date.now() / 1000) }),
          [EVENT_ID_HEADER]: row.event_id,
          [EVENT_TYPE_HEADER]: row.type,
          [ATTEMPT_HEADER]: String(row.attempts),
        },
        body,
        // A redirect could carry the signed event somewhere the coordinator never named.
        redirect: "manual",
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
      // The receiver's answer is not needed: dropped unread, so a receiver cannot make us hold a large one.
      await response.body?.cancel().catch(() => undefined);
      const ok = response.status >= 200 && response.status < 300;
      return { ok, statusCode: response.status, error: ok ? null : `the receiver answered HTTP ${response.status}`, durationMs: elapsed() };
    } catch (error) {
      return { ok: false, statusCode: null, error: describe(error, this.settings.timeoutMs), durationMs: elapsed() };
    }
  }
}

/** fetch's own message is "fetch failed"; the cause says what happened. */
function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return `no answer within ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const text = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `could not reach the receiver (${text})`.slice(0, 500);
}
