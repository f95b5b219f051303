import { type DataSource, type EntityManager } from "typeorm";
import { type CheckReport, type WebhookEventType } from "@dlhub/schema";
import { describeFailure } from "../checks/report.js";

/**
 * Records an event and queues one delivery per subscription that wants it, with `manager`'s
 * transaction: called inside a publish or rollback, the event commits with it or not at all, and
 * nothing is sent until it has committed. Two statements, however many subscribers.
 */
export async function recordEvent(manager: EntityManager, type: WebhookEventType, data: Record<string, unknown>): Promise<string> {
  const [event] = (await manager.query(`INSERT INTO webhook_event (type, data) VALUES ($1, $2) RETURNING id`, [type, JSON.stringify(data)])) as { id: string }[];
  const id = (event as { id: string }).id;
  await manager.query(`INSERT INTO webhook_delivery (event_id, webhook_id) SELECT $1, id FROM webhook WHERE $2 = ANY (events)`, [id, type]);
  return id;
}

export interface SubgraphDeleted {
  /** The subgraph taken out of the supergraph. */
  subgraph: string;
  /** The supergraph version composed without it. */
  supergraphVersion: number;
  deletedBy: string;
}

/**
 * For `dlhub subgraph delete`: call it inside the transaction that stores the supergraph without
 * the subgraph, so subscribers hear of the delete exactly when it has happened.
 */
export function recordSubgraphDeleted(manager: EntityManager, deleted: SubgraphDeleted): Promise<string> {
  return recordEvent(manager, "subgraph.deleted", { ...deleted });
}

/**
 * A check, publish or delete that failed: there is no write to join (a refused publish rolls back), so
 * it is recorded in a transaction of its own. Carries the report, so a receiver can say why.
 */
export function recordCheckRefused(db: DataSource, action: "check" | "publish" | "delete", report: CheckReport): Promise<string> {
  return db.transaction((manager) => recordEvent(manager, "check.refused", { subgraph: report.subgraph, action, message: describeFailure(report), report }));
}
