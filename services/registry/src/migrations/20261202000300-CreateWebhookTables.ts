import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * The coordinator's webhook subscriptions and a durable outbox: an event row is written in the
 * same transaction as the publish or rollback it reports, with one delivery row per subscriber,
 * so an event is never lost and never sent for work that rolled back.
 */
export class CreateWebhookTables20261202000300 implements MigrationInterface {
  name = "CreateWebhookTables20261202000300";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE webhook (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url varchar(2000) NOT NULL CHECK (url ~ '^https?://'),
        -- Kept as given: the registry must sign with it. Shown once, never listed.
        secret text NOT NULL,
        events text[] NOT NULL CHECK (cardinality(events) > 0),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE webhook_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type varchar(40) NOT NULL,
        data jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE webhook_delivery (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        event_id uuid NOT NULL REFERENCES webhook_event (id),
        -- A removed subscription takes its log with it: nothing is sent to it any more.
        webhook_id uuid NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
        status varchar(10) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        CHECK ((status = 'pending') = (next_attempt_at IS NOT NULL))
      )`);
    // What every registry copy polls for: only pending rows, soonest first.
    await db.query(`CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'pending'`);
    await db.query(`CREATE INDEX webhook_delivery_log ON webhook_delivery (webhook_id, id DESC)`);
    await db.query(`
      CREATE TABLE webhook_delivery_attempt (
        delivery_id bigint NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
        attempt integer NOT NULL CHECK (attempt > 0),
        at timestamptz NOT NULL DEFAULT now(),
        status_code integer,
        error text,
        duration_ms integer NOT NULL,
        PRIMARY KEY (delivery_id, attempt)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ["webhook_delivery_attempt", "webhook_delivery", "webhook_event", "webhook"]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
