import { Role } from "@dlhub/schema";
import { type SubgraphContext, badUserInput, conflict, isUuid, notFound, recordAudit } from "@dlhub/subgraph-kit";
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import { QueryFailedError } from "typeorm";
import { Initiative } from "../catalog/initiative.entity.js";
import { initiativeById } from "../catalog/loaders.js";
import { CoordinatorNote, InitiativeLink, type InitiativeLinkKind } from "./coordination.entities.js";
import { AddCoordinatorNoteInput, EditCoordinatorNoteInput, EditInitiativeLinkInput, LinkInitiativesInput, checkedLinkNote, checkedNoteBody } from "./coordination.inputs.js";
import { linksByInitiative, notesByInitiative } from "./coordination.loaders.js";
import { editCoordinatorRecord, removeCoordinatorRecord } from "./coordinator-record.js";

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
 * The coordinator's writes: links and notes, added, edited and removed, each audited in the hub's
 * own database in the writing transaction. Department data is never written here.
 */
@Resolver(() => Initiative)
export class CoordinationResolver {
  @Authorized(Role.COORDINATOR)
  @Mutation(() => InitiativeLink, { description: "Records that one initiative refers to, shares a site with, funds or is succeeded by another (the coordinator only)." })
  async linkInitiatives(@Arg("input") input: LinkInitiativesInput, @Ctx() context: SubgraphContext): Promise<InitiativeLink> {
    if (input.fromId === input.toId) throw badUserInput("an initiative cannot be linked to itself", "toId");
    const note = checkedLinkNote(input.note);
    await requireInitiatives(context, [input.fromId, input.toId]);
    try {
      return await context.dataSource.transaction(async (manager) => {
        const link = await manager.getRepository(InitiativeLink).save({ fromId: input.fromId, toId: input.toId, kind: input.kind as InitiativeLinkKind, note });
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
  @Mutation(() => InitiativeLink, { description: "Changes a link's note; null or blank removes the note (the coordinator only)." })
  async editInitiativeLink(@Arg("input") input: EditInitiativeLinkInput, @Ctx() context: SubgraphContext): Promise<InitiativeLink> {
    return editCoordinatorRecord(context, InitiativeLink, input.id, { note: checkedLinkNote(input.note) });
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => ID, { description: "Removes a link between two initiatives and answers its id (the coordinator only); the initiatives stay." })
  async removeInitiativeLink(@Arg("id", () => ID) id: string, @Ctx() context: SubgraphContext): Promise<string> {
    await removeCoordinatorRecord(context, InitiativeLink, id);
    return id;
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => CoordinatorNote, { description: "The coordinator only." })
  async addCoordinatorNote(@Arg("input") input: AddCoordinatorNoteInput, @Ctx() context: SubgraphContext): Promise<CoordinatorNote> {
    const body = checkedNoteBody(input.body);
    await requireInitiatives(context, [input.initiativeId]);
    return context.dataSource.transaction(async (manager) => {
      const note = await manager.getRepository(CoordinatorNote).save({ initiativeId: input.initiativeId, body });
      await recordAudit(manager, context, { action: "create", entityType: "CoordinatorNote", entityId: note.id, before: null, after: note });
      return note;
    });
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => CoordinatorNote, { description: "Replaces a note's text and sets its updatedAt (the coordinator only)." })
  async editCoordinatorNote(@Arg("input") input: EditCoordinatorNoteInput, @Ctx() context: SubgraphContext): Promise<CoordinatorNote> {
    const body = checkedNoteBody(input.body);
    // The database's clock, as for createdAt, so the two compare whatever the service host's clock says.
    return editCoordinatorRecord(context, CoordinatorNote, input.id, { body, updatedAt: () => "now()" });
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => ID, { description: "Removes a note and answers its id (the coordinator only)." })
  async removeCoordinatorNote(@Arg("id", () => ID) id: string, @Ctx() context: SubgraphContext): Promise<string> {
    await removeCoordinatorRecord(context, CoordinatorNote, id);
    return id;
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
