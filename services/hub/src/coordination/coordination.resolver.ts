import { Role } from "@dlhub/schema";
import { type SubgraphContext, badUserInput, conflict, defineLoader, groupByKey, hasControlCharacters, isUuid, notFound, recordAudit } from "@dlhub/subgraph-kit";
import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import { In, QueryFailedError } from "typeorm";
import { Initiative } from "../catalog/initiative.entity.js";
import { initiativeById } from "../catalog/loaders.js";
import { CoordinatorNote, InitiativeLink, type InitiativeLinkKind } from "./coordination.entities.js";
import { AddCoordinatorNoteInput, LinkInitiativesInput } from "./coordination.inputs.js";

const MAX_NOTE = 5000;

const linksByInitiative = defineLoader<string, InitiativeLink[]>("linksByInitiative", async (ids, db) => {
  const links = await db.getRepository(InitiativeLink).find({ where: [{ fromId: In([...ids]) }, { toId: In([...ids]) }], order: { createdAt: "ASC" } });
  // A link shows on both of its initiatives.
  const rows = links.flatMap((link) => [{ owner: link.fromId, link }, { owner: link.toId, link }]);
  return groupByKey(ids, rows, (row) => row.owner).map((group) => group.map((row) => row.link));
});

const notesByInitiative = defineLoader<string, CoordinatorNote[]>("notesByInitiative", async (ids, db) =>
  groupByKey(ids, await db.getRepository(CoordinatorNote).find({ where: { initiativeId: In([...ids]) }, order: { createdAt: "ASC" } }), (n) => n.initiativeId),
);

@ObjectType({ description: "One of an initiative's links, seen from that initiative." })
class LinkedInitiative {
  @Field(() => InitiativeLink)
  link!: InitiativeLink;

  @Field({ description: "true when this initiative is the link's target (e.g. it is the one funded)." })
  incoming!: boolean;

  @Field(() => Initiative, { nullable: true, description: "The other initiative; null once its department has ended it." })
  other!: Initiative | null;
}

/**
 * The coordinator's writes: links and notes, each audited in the hub's own database in the
 * writing transaction. Department data is never written here.
 */
@Resolver(() => Initiative)
export class CoordinationResolver {
  @Authorized(Role.COORDINATOR)
  @Mutation(() => InitiativeLink, { description: "Records that one initiative refers to, shares a site with, funds or is succeeded by another (the coordinator only)." })
  async linkInitiatives(@Arg("input") input: LinkInitiativesInput, @Ctx() context: SubgraphContext): Promise<InitiativeLink> {
    if (input.fromId === input.toId) throw badUserInput("an initiative cannot be linked to itself", "toId");
    if ((input.note?.length ?? 0) > MAX_NOTE) throw badUserInput(`a note is at most ${MAX_NOTE} characters`, "note");
    if (input.note && hasControlCharacters(input.note, { lineBreaks: true })) throw badUserInput("a note may not contain control characters", "note");
    await requireInitiatives(context, [input.fromId, input.toId]);
    try {
      return await context.dataSource.transaction(async (manager) => {
        const link = await manager.getRepository(InitiativeLink).save({ fromId: input.fromId, toId: input.toId, kind: input.kind as InitiativeLinkKind, note: input.note ?? null });
        await recordAudit(manager, context, { action: "create", entityType: "InitiativeLink", entityId: link.id, before: null, after: link });
        return link;
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === "23505") {
        throw conflict("these initiatives are already linked that way");
      }
      throw error;
    }
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => CoordinatorNote, { description: "The coordinator only." })
  async addCoordinatorNote(@Arg("input") input: AddCoordinatorNoteInput, @Ctx() context: SubgraphContext): Promise<CoordinatorNote> {
    const body = input.body.trim();
    if (body.length === 0 || body.length > MAX_NOTE) throw badUserInput(`a note is 1 to ${MAX_NOTE} characters`, "body");
    if (hasControlCharacters(body, { lineBreaks: true })) throw badUserInput("a note may not contain control characters", "body");
    await requireInitiatives(context, [input.initiativeId]);
    return context.dataSource.transaction(async (manager) => {
      const note = await manager.getRepository(CoordinatorNote).save({ initiativeId: input.initiativeId, body });
      await recordAudit(manager, context, { action: "create", entityType: "CoordinatorNote", entityId: note.id, before: null, after: note });
      return note;
    });
  }

  @FieldResolver(() => [LinkedInitiative])
  async links(@Root() initiative: Initiative, @Ctx() context: SubgraphContext): Promise<LinkedInitiative[]> {
    const links = await linksByInitiative(context).load(initiative.id);
    return Promise.all(
      links.map(async (link) => {
        const incoming = link.toId === initiative.id;
        return { link, incoming, other: await initiativeById(context).load(incoming ? link.fromId : link.toId) };
      }),
    );
  }

  // Null, with an error saying why, for anyone but the coordinator: the rest of the answer stands.
  @Authorized(Role.COORDINATOR)
  @FieldResolver(() => [CoordinatorNote], { nullable: true, description: "The coordinator's notes (the coordinator only)." })
  notes(@Root() initiative: Initiative, @Ctx() context: SubgraphContext): Promise<CoordinatorNote[]> {
    return notesByInitiative(context).load(initiative.id);
  }
}

async function requireInitiatives(context: SubgraphContext, ids: string[]): Promise<void> {
  for (const id of ids) if (!isUuid(id)) throw notFound("Initiative", id);
  const found = await initiativeById(context).loadMany(ids);
  ids.forEach((id, index) => {
    if (!found[index] || found[index] instanceof Error) throw notFound("Initiative", id);
  });
}
