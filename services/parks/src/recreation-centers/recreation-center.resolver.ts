import { type SubgraphContext, UNAVAILABLE_NOTE } from "@dlhub/subgraph-kit";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { AfterschoolComputerCamp } from "../camps/afterschool-computer-camp.entity.js";
import { ComputerLab } from "../computer-labs/computer-lab.entity.js";
import { afterschoolCampsByCenter, computerLabsByCenter, recreationCenterByAssetId } from "../loaders.js";
import { RecreationCenter, RecreationCenterStatus } from "./recreation-center.entity.js";

@Resolver(() => RecreationCenter)
export class RecreationCenterResolver {
  @Query(() => [RecreationCenter], { nullable: true, description: `Parks & Recreation program sites by name, optionally only those with one status. ${UNAVAILABLE_NOTE}` })
  recreationCenters(
    @Arg("status", () => RecreationCenterStatus, { nullable: true }) status: RecreationCenterStatus | null | undefined,
    @Ctx() { dataSource }: SubgraphContext,
  ): Promise<RecreationCenter[]> {
    return dataSource.getRepository(RecreationCenter).find({ where: status ? { status } : {}, order: { name: "ASC" } });
  }

  @Query(() => RecreationCenter, { nullable: true })
  recreationCenter(@Arg("assetId", () => ID) assetId: string, @Ctx() context: SubgraphContext): Promise<RecreationCenter | null> {
    return recreationCenterByAssetId(context).load(assetId);
  }

  @FieldResolver(() => [ComputerLab])
  computerLabs(@Root() center: RecreationCenter, @Ctx() context: SubgraphContext): Promise<ComputerLab[]> {
    return computerLabsByCenter(context).load(center.assetId);
  }

  @FieldResolver(() => [AfterschoolComputerCamp])
  afterschoolCamps(@Root() center: RecreationCenter, @Ctx() context: SubgraphContext): Promise<AfterschoolComputerCamp[]> {
    return afterschoolCampsByCenter(context).load(center.assetId);
  }
}

export const recreationCenterReference = {
  __resolveReference: (reference: { assetId: string }, context: SubgraphContext) =>
    recreationCenterByAssetId(context).load(reference.assetId),
};
