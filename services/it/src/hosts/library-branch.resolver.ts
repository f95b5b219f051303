import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { KeyspotSite } from "../keyspots/keyspot-site.entity.js";
import { keyspotSitesByBranch } from "../loaders.js";
import { LibraryBranch } from "./library-branch.stub.js";

/** Adds to the Free Library's branches the KEYSPOT centres they host. */
@Resolver(() => LibraryBranch)
export class LibraryBranchKeyspotsResolver {
  @FieldResolver(() => [KeyspotSite], { description: "KEYSPOT centres this branch hosts." })
  keyspotSites(@Root() branch: LibraryBranch, @Ctx() context: SubgraphContext): Promise<KeyspotSite[]> {
    return keyspotSitesByBranch(context).load(branch.code);
  }
}

/**
 * This subgraph keeps no branch rows, so a reference is all there is to resolve: checking that the
 * branch exists is the libraries subgraph's job, and an unknown code simply has no KEYSPOTs.
 */
export const libraryBranchReference = {
  __resolveReference: (reference: { code: string }): LibraryBranch => reference,
};
