import { type InitiativeContract } from "@dlhub/schema";
import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import { type SubgraphContext } from "../context.js";
import { type defineLoader } from "../loaders.js";

interface DetailOptions<T extends InitiativeContract> {
  /** The department's registered id, its subgraph name, e.g. `libraries`. */
  departmentId: string;
  initiative: new () => T;
  detailField: string;
  initiativeById: ReturnType<typeof defineLoader<string, T | null>>;
}

/**
 * The department's own field on the hub's `Initiative` entity (`Initiative.library`, …). The
 * field requires the initiative's `departmentId`, a registered id rather than a value of a closed
 * enum, so a department registered later needs no change here or in the hub; for other
 * departments' initiatives the answer is null without touching the database, and the department's
 * own are loaded in one batch.
 */
export function initiativeDetail<T extends InitiativeContract>(options: DetailOptions<T>) {
  @Directive('@key(fields: "id")')
  @ObjectType("Initiative")
  class InitiativeReference {
    @Field(() => ID)
    id!: string;

    @Directive("@external")
    @Field(() => ID)
    departmentId!: string;
  }

  @Resolver(() => InitiativeReference)
  class InitiativeDetailResolver {
    @Directive('@requires(fields: "departmentId")')
    @FieldResolver(() => options.initiative, { name: options.detailField, nullable: true, description: `The ${options.departmentId} detail of this initiative; null for other departments' initiatives.` })
    detail(@Root() reference: InitiativeReference, @Ctx() context: SubgraphContext): Promise<T | null> | null {
      return reference.departmentId === options.departmentId ? options.initiativeById(context).load(reference.id) : null;
    }
  }

  return {
    // Only the gateway reaches this type, through `_entities`; no field of the subgraph returns it.
    orphanedTypes: [InitiativeReference],
    resolvers: [InitiativeDetailResolver],
    referenceResolvers: {
      Initiative: { __resolveReference: (reference: InitiativeReference) => reference },
    },
  };
}
