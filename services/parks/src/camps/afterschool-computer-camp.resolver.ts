import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { contract } from "../initiatives/contract.js";
import { ParksInitiative } from "../initiatives/parks-initiative.entity.js";
import { recreationCenterByAssetId } from "../loaders.js";
import { RecreationCenter } from "../recreation-centers/recreation-center.entity.js";
import { AfterschoolComputerCamp } from "./afterschool-computer-camp.entity.js";

@Resolver(() => AfterschoolComputerCamp)
export class AfterschoolComputerCampResolver {
  @FieldResolver(() => RecreationCenter, { nullable: true })
  center(@Root() camp: AfterschoolComputerCamp, @Ctx() context: SubgraphContext): Promise<RecreationCenter | null> {
    return recreationCenterByAssetId(context).load(camp.centerAssetId);
  }

  @FieldResolver(() => ParksInitiative, { nullable: true })
  initiative(@Root() camp: AfterschoolComputerCamp, @Ctx() context: SubgraphContext): Promise<ParksInitiative | null> {
    return contract.initiativeById(context).load(camp.initiativeId);
  }
}
