import { type SubgraphContext, isUuid, UNAVAILABLE_NOTE } from "@dlhub/subgraph-kit";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { LibraryBranch } from "../hosts/library-branch.stub.js";
import { RecreationCenter } from "../hosts/recreation-center.stub.js";
import { contract } from "../initiatives/contract.js";
import { ItInitiative } from "../initiatives/it-initiative.entity.js";
import { keyspotSiteById } from "../loaders.js";
import { KeyspotSite } from "./keyspot-site.entity.js";

@Resolver(() => KeyspotSite)
export class KeyspotSiteResolver {
  @Query(() => [KeyspotSite], { nullable: true, description: `Every KEYSPOT public computer centre, by name. ${UNAVAILABLE_NOTE}` })
  keyspotSites(@Ctx() { dataSource }: SubgraphContext): Promise<KeyspotSite[]> {
    return dataSource.getRepository(KeyspotSite).find({ order: { name: "ASC" } });
  }

  @Query(() => KeyspotSite, { nullable: true, description: "Null when no KEYSPOT has this id." })
  keyspotSite(@Arg("id", () => ID) id: string, @Ctx() context: SubgraphContext): Promise<KeyspotSite | null> {
    return isUuid(id) ? keyspotSiteById(context).load(id) : Promise.resolve(null);
  }

  /**
   * A reference, not a lookup: the branch lives in the libraries subgraph, and the gateway fetches
   * whatever branch fields the client asked for from there.
   */
  @FieldResolver(() => LibraryBranch, { nullable: true })
  hostBranch(@Root() site: KeyspotSite): LibraryBranch | null {
    return site.hostBranchCode ? { code: site.hostBranchCode } : null;
  }

  /** A reference to the parks subgraph's centre, for the same reason as `hostBranch`. */
  @FieldResolver(() => RecreationCenter, { nullable: true })
  hostRecreationCenter(@Root() site: KeyspotSite): RecreationCenter | null {
    return site.hostRecreationCenterAssetId ? { assetId: site.hostRecreationCenterAssetId } : null;
  }

  @FieldResolver(() => ItInitiative, { nullable: true })
  initiative(@Root() site: KeyspotSite, @Ctx() context: SubgraphContext): Promise<ItInitiative | null> {
    return contract.initiativeById(context).load(site.initiativeId);
  }
}

export const keyspotSiteReference = {
  __resolveReference: (reference: { id: string }, context: SubgraphContext) =>
    isUuid(reference.id) ? keyspotSiteById(context).load(reference.id) : null,
};
