import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { contract } from "../initiatives/contract.js";
import { ItInitiative } from "../initiatives/it-initiative.entity.js";
import { PitchAndPilotChallenge } from "./pitch-and-pilot-challenge.entity.js";

@Resolver(() => PitchAndPilotChallenge)
export class PitchAndPilotChallengeResolver {
  @FieldResolver(() => ItInitiative, { nullable: true })
  initiative(@Root() challenge: PitchAndPilotChallenge, @Ctx() context: SubgraphContext): Promise<ItInitiative | null> {
    return contract.initiativeById(context).load(challenge.initiativeId);
  }
}
