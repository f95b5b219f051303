import { type MigrationInterface, type QueryRunner, type EntityManager } from "typeorm";
import { type SubgraphContext } from "../context.js";

/**
 * Every write a person makes through the graph leaves one row in its service's own `audit_log`,
 * in the writing transaction: a write that fails leaves neither the change nor its row, and a
 * change never exists without one. Rows are only ever added; the table refuses UPDATE and DELETE.
 * Only SQL reads the log, so it has no entity.
 */
export interface AuditEntry {
  /** What was done, e.g. `update`, `create`. */
  action: string;
  /** The GraphQL type written, e.g. `LibraryInitiative`, `CoordinatorNote`. */
  entityType: string;
  entityId: string;
  /** The entity as it was, or null for a creation. */
  before: object | null;
  /** The entity as it is now, or null for a removal. */
  after: object | null;
}

/** Adds the audit row for `entry`, naming the caller and the subgraph, through the writing transaction's `manager`. */
export async function recordAudit(manager: EntityManager, context: Pick<SubgraphContext, "identity" | "subgraph">, entry: AuditEntry): Promise<void> {
  await manager.query(
    `INSERT INTO audit_log (actor_subject, actor_roles, department, action, entity_type, entity_id, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      context.identity.subject,
      context.identity.roles,
      context.subgraph,
      entry.action,
      entry.entityType,
      entry.entityId,
      entry.before === null ? null : JSON.stringify(entry.before),
      entry.after === null ? null : JSON.stringify(entry.after),
    ],
  );
}

export class CreateAuditLog20261128100100 implements MigrationInterface {
  name = "CreateAuditLog20261128100100";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_subject text NOT NULL,
        actor_roles text[] NOT NULL,
        department varchar(60) NOT NULL,
        action varchar(40) NOT NULL,
        entity_type varchar(80) NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb
      )`);
    await db.query(`CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, at)`);
    await db.query(`
      CREATE FUNCTION dlhub_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log rows are never changed or removed';
      END $$`);
    await db.query(`CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION dlhub_audit_log_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_log`);
    await db.query(`DROP FUNCTION dlhub_audit_log_append_only()`);
  }
}
