import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { KeyspotSite } from "../keyspots/keyspot-site.entity.js";
import { keyspotSitesByRecreationCenter } from "../loaders.js";
import { RecreationCenter } from "./recreation-center.stub.js";

/** Adds to Parks & Recreation's centres the KEYSPOT centres they host. */
@Resolver(() => RecreationCenter)
export class RecreationCenterKeyspotsResolver {
  @FieldResolver(() => [KeyspotSite], { description: "KEYSPOT centres this recreation centre hosts." })
  keyspotSites(@Root() center: RecreationCenter, @Ctx() context: SubgraphContext): Promise<KeyspotSite[]> {
    return keyspotSitesByRecreationCenter(context).load(center.assetId);
  }
}

/** As for branches: no rows here, so the reference is the object (see library-branch.resolver.ts). */
export const recreationCenterReference = {
  __resolveReference: (reference: { assetId: string }): RecreationCenter => reference,
};
