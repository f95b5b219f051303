import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { CommerceInitiative } from "../initiatives/commerce-initiative.entity.js";
import { contract } from "../initiatives/contract.js";
import { WorkforceGrant } from "./workforce-grant.entity.js";

@Resolver(() => WorkforceGrant)
export class WorkforceGrantResolver {
  @FieldResolver(() => CommerceInitiative, { nullable: true })
  initiative(@Root() grant: WorkforceGrant, @Ctx() context: SubgraphContext): Promise<CommerceInitiative | null> {
    return contract.initiativeById(context).load(grant.initiativeId);
  }
}
