import { type SubgraphContext, isUuid, notFound, recordAudit } from "@dlhub/subgraph-kit";
import { type FindOptionsWhere, type ObjectLiteral, type QueryDeepPartialEntity, type Repository } from "typeorm";

type Row = ObjectLiteral & { id: string };

/** Changes one of the coordinator's rows (a note, a link) and audits it; see `inAuditedLock`. */
export async function editCoordinatorRecord<T extends Row>(context: SubgraphContext, entity: new () => T, id: string, changes: QueryDeepPartialEntity<T>): Promise<T> {
  return (await inAuditedLock(context, entity, id, async (repository) => {
    await repository.update({ id } as FindOptionsWhere<T>, changes);
    return repository.findOneByOrFail({ id } as FindOptionsWhere<T>);
  })) as T;
}

/** Removes one of the coordinator's rows (a note, a link) and audits it; see `inAuditedLock`. */
export async function removeCoordinatorRecord<T extends Row>(context: SubgraphContext, entity: new () => T, id: string): Promise<void> {
  await inAuditedLock(context, entity, id, async (repository) => {
    await repository.delete({ id } as FindOptionsWhere<T>);
    return null;
  });
}

/**
 * One transaction: the row is read and locked (NOT_FOUND when `id` names none), `write` changes it
 * (answering the row as it is now, or null once removed), and the audit row records it as it was
 * and as it is. The lock makes the audit's `before` the very row this write replaced even when two
 * tabs edit the same note at once; the later one simply wins.
 */
async function inAuditedLock<T extends Row>(context: SubgraphContext, entity: new () => T, id: string, write: (repository: Repository<T>) => Promise<T | null>): Promise<T | null> {
  const typeName = entity.name;
  // Text that is no uuid names no row, and PostgreSQL would refuse to compare it with one.
  if (!isUuid(id)) throw notFound(typeName, id);
  return context.dataSource.transaction(async (manager) => {
    const repository = manager.getRepository(entity);
    const before = await repository.findOne({ where: { id } as FindOptionsWhere<T>, lock: { mode: "pessimistic_write" } });
    if (!before) throw notFound(typeName, id);
    const after = await write(repository);
    await recordAudit(manager, context, { action: after ? "update" : "delete", entityType: typeName, entityId: id, before, after });
    return after;
  });
}
