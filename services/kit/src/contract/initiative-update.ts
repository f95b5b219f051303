import { Audience, type InitiativeContract, InitiativeStatus, Language, LocalDate, Pillar, Role } from "@dlhub/schema";
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import { recordAudit } from "../audit/audit-log.js";
import { type SubgraphContext } from "../context.js";
import { ClientError, ErrorCode, notFound } from "../errors.js";
import { type InitiativeChanges, checkDates, parseInitiativeChanges } from "./initiative-changes.js";
import { isUuid } from "./uuid.js";

export interface InitiativeUpdateOptions<T extends InitiativeContract> {
  initiative: new () => T;
  /** The mutation's name, e.g. `updateLibraryInitiative`; unique across the graph. */
  mutationName: string;
}

/**
 * The editor's mutation every department gets from the kit: change its own initiative's contract
 * fields. Only an editor whose token names this subgraph may call it. The change, the version
 * check and the audit row are one transaction; the initiative's change trigger puts it on the
 * department's feed in the same transaction, so the hub's catalog follows within a sync interval.
 */
export function initiativeUpdate<T extends InitiativeContract>(options: InitiativeUpdateOptions<T>) {
  const { initiative: Initiative, mutationName } = options;
  const typeName = Initiative.name;

  @InputType(`Update${typeName}Input`, { description: `Changes to a ${typeName}; a field left out stays as it is.` })
  class UpdateInitiativeInput {
    @Field(() => ID)
    id!: string;

    @Field(() => Int, { description: "The `version` the change was made against, as last read." })
    version!: number;

    @Field(() => String, { nullable: true })
    title?: string;

    @Field(() => String, { nullable: true })
    summary?: string;

    @Field(() => InitiativeStatus, { nullable: true })
    status?: InitiativeStatus;

    @Field(() => [Audience], { nullable: true })
    audiences?: Audience[];

    @Field(() => [Language], { nullable: true })
    languages?: Language[];

    @Field(() => [Pillar], { nullable: true })
    pillars?: Pillar[];

    @Field(() => LocalDate, { nullable: true })
    startDate?: string;

    @Field(() => LocalDate, { nullable: true, description: "null clears the end date." })
    endDate?: string | null;
  }

  @Resolver(() => Initiative)
  class InitiativeUpdateResolver {
    @Authorized(Role.EDITOR)
    @Mutation(() => Initiative, {
      name: mutationName,
      description: `Changes one of this department's initiatives (editors of this department only). CONFLICT when \`version\` is not the current one.`,
    })
    update(@Arg("input", () => UpdateInitiativeInput) input: UpdateInitiativeInput, @Ctx() context: SubgraphContext): Promise<T> {
      const { id, version, ...fields } = input;
      const changes = parseInitiativeChanges(fields);
      return updateInitiative(context, Initiative, id, version, changes);
    }
  }

  return { resolvers: [InitiativeUpdateResolver] };
}

async function updateInitiative<T extends InitiativeContract>(
  context: SubgraphContext,
  Initiative: new () => T,
  id: string,
  version: number,
  changes: InitiativeChanges,
): Promise<T> {
  const typeName = Initiative.name;
  if (!isUuid(id)) throw notFound(typeName, id);
  const stale = (current: number) =>
    new ClientError(ErrorCode.CONFLICT, `${typeName} ${JSON.stringify(id)} changed since version ${version} (it is at ${current}); read it again and reapply the change.`, {
      field: "version",
      currentVersion: current,
    });
  return context.dataSource.transaction(async (manager) => {
    const repository = manager.getRepository(Initiative);
    const before = await repository.findOneBy({ id } as never);
    if (!before) throw notFound(typeName, id);
    if (before.version !== version) throw stale(before.version);
    checkDates({ ...before, ...changes }, changes);
    // Matching the version as well as the id is what keeps a change made between the read above
    // and this statement from being overwritten: PostgreSQL re-checks the condition against the
    // committed row, so such a change leaves nothing to update here.
    const result = await manager
      .createQueryBuilder()
      .update(Initiative)
      .set(changes as never)
      .where("id = :id AND version = :version", { id, version })
      .execute();
    if (result.affected !== 1) {
      const current = await repository.findOneBy({ id } as never);
      if (!current) throw notFound(typeName, id);
      throw stale(current.version);
    }
    const after = await repository.findOneByOrFail({ id } as never);
    await recordAudit(manager, context, { action: "update", entityType: typeName, entityId: id, before, after });
    return after;
  });
}
