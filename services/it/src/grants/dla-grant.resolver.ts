import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { contract } from "../initiatives/contract.js";
import { ItInitiative } from "../initiatives/it-initiative.entity.js";
import { grantRoundById } from "../loaders.js";
import { DlaGrant } from "./dla-grant.entity.js";
import { GrantRound } from "./grant-round.entity.js";

@Resolver(() => DlaGrant)
export class DlaGrantResolver {
  // Nullable only because a loader may come back empty; the foreign key means it never does.
  @FieldResolver(() => GrantRound, { nullable: true })
  round(@Root() grant: DlaGrant, @Ctx() context: SubgraphContext): Promise<GrantRound | null> {
    return grantRoundById(context).load(grant.roundId);
  }

  @FieldResolver(() => ItInitiative, { nullable: true })
  initiative(@Root() grant: DlaGrant, @Ctx() context: SubgraphContext): Promise<ItInitiative | null> {
    return contract.initiativeById(context).load(grant.initiativeId);
  }
}
