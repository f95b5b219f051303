import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { contract } from "../initiatives/contract.js";
import { ParksInitiative } from "../initiatives/parks-initiative.entity.js";
import { recreationCenterByAssetId } from "../loaders.js";
import { RecreationCenter } from "../recreation-centers/recreation-center.entity.js";
import { ComputerLab } from "./computer-lab.entity.js";

@Resolver(() => ComputerLab)
export class ComputerLabResolver {
  @FieldResolver(() => RecreationCenter, { nullable: true })
  center(@Root() lab: ComputerLab, @Ctx() context: SubgraphContext): Promise<RecreationCenter | null> {
    return recreationCenterByAssetId(context).load(lab.centerAssetId);
  }

  @FieldResolver(() => ParksInitiative, { nullable: true })
  initiative(@Root() lab: ComputerLab, @Ctx() context: SubgraphContext): Promise<ParksInitiative | null> {
    return contract.initiativeById(context).load(lab.initiativeId);
  }
}
