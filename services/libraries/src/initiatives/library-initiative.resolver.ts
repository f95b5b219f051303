import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { ComputerClass } from "../classes/computer-class.entity.js";
import { atEveryBranchByInitiative, classesByInitiative, hotSpotLabsByInitiative, techmobileStopsByInitiative } from "../loaders.js";
import { HotSpotLab } from "../outreach/hot-spot-lab.entity.js";
import { TechmobileStop } from "../outreach/techmobile-stop.entity.js";
import { LibraryInitiative } from "./library-initiative.entity.js";

/** The Free Library's own detail on its initiatives, beyond the contract fields. */
@Resolver(() => LibraryInitiative)
export class LibraryInitiativeResolver {
  @FieldResolver(() => [ComputerClass])
  classes(@Root() initiative: LibraryInitiative, @Ctx() context: SubgraphContext): Promise<ComputerClass[]> {
    return classesByInitiative(context).load(initiative.id);
  }

  @FieldResolver(() => Boolean, { description: "Delivered at every open branch, so every branch is one of its sites." })
  atEveryBranch(@Root() initiative: LibraryInitiative, @Ctx() context: SubgraphContext): Promise<boolean> {
    return atEveryBranchByInitiative(context).load(initiative.id);
  }

  @FieldResolver(() => [HotSpotLab])
  hotSpotLabs(@Root() initiative: LibraryInitiative, @Ctx() context: SubgraphContext): Promise<HotSpotLab[]> {
    return hotSpotLabsByInitiative(context).load(initiative.id);
  }

  @FieldResolver(() => [TechmobileStop])
  techmobileStops(@Root() initiative: LibraryInitiative, @Ctx() context: SubgraphContext): Promise<TechmobileStop[]> {
    return techmobileStopsByInitiative(context).load(initiative.id);
  }
}
