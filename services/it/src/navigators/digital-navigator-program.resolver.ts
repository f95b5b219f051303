import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { contract } from "../initiatives/contract.js";
import { ItInitiative } from "../initiatives/it-initiative.entity.js";
import { DigitalNavigatorProgram } from "./digital-navigator-program.entity.js";

@Resolver(() => DigitalNavigatorProgram)
export class DigitalNavigatorProgramResolver {
  @FieldResolver(() => ItInitiative, { nullable: true })
  initiative(@Root() program: DigitalNavigatorProgram, @Ctx() context: SubgraphContext): Promise<ItInitiative | null> {
    return contract.initiativeById(context).load(program.initiativeId);
  }
}
