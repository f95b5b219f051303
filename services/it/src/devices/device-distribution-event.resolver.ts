import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { contract } from "../initiatives/contract.js";
import { ItInitiative } from "../initiatives/it-initiative.entity.js";
import { DeviceDistributionEvent } from "./device-distribution-event.entity.js";

@Resolver(() => DeviceDistributionEvent)
export class DeviceDistributionEventResolver {
  @FieldResolver(() => ItInitiative, { nullable: true })
  initiative(@Root() event: DeviceDistributionEvent, @Ctx() context: SubgraphContext): Promise<ItInitiative | null> {
    return contract.initiativeById(context).load(event.initiativeId);
  }
}
