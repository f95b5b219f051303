import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { AfterschoolComputerCamp } from "../camps/afterschool-computer-camp.entity.js";
import { ComputerLab } from "../computer-labs/computer-lab.entity.js";
import { afterschoolCampsByInitiative, computerLabsByInitiative } from "../loaders.js";
import { ParksInitiative } from "./parks-initiative.entity.js";

/** Parks & Recreation's own detail on its initiatives, beyond the contract fields. */
@Resolver(() => ParksInitiative)
export class ParksInitiativeResolver {
  @FieldResolver(() => [ComputerLab])
  computerLabs(@Root() initiative: ParksInitiative, @Ctx() context: SubgraphContext): Promise<ComputerLab[]> {
    return computerLabsByInitiative(context).load(initiative.id);
  }

  @FieldResolver(() => [AfterschoolComputerCamp])
  afterschoolCamps(@Root() initiative: ParksInitiative, @Ctx() context: SubgraphContext): Promise<AfterschoolComputerCamp[]> {
    return afterschoolCampsByInitiative(context).load(initiative.id);
  }
}
