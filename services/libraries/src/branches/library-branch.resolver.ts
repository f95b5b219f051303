import { type SubgraphContext, UNAVAILABLE_NOTE } from "@dlhub/subgraph-kit";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { ComputerClass } from "../classes/computer-class.entity.js";
import { branchByCode, classesByBranch } from "../loaders.js";
import { LibraryBranch } from "./library-branch.entity.js";

@Resolver(() => LibraryBranch)
export class LibraryBranchResolver {
  @Query(() => [LibraryBranch], { nullable: true, description: `Every Free Library location, by name. ${UNAVAILABLE_NOTE}` })
  libraryBranches(@Ctx() { dataSource }: SubgraphContext): Promise<LibraryBranch[]> {
    return dataSource.getRepository(LibraryBranch).find({ order: { name: "ASC" } });
  }

  @Query(() => LibraryBranch, { nullable: true })
  libraryBranch(@Arg("code", () => ID) code: string, @Ctx() context: SubgraphContext): Promise<LibraryBranch | null> {
    return branchByCode(context).load(code);
  }

  @FieldResolver(() => [ComputerClass])
  classes(@Root() branch: LibraryBranch, @Ctx() context: SubgraphContext): Promise<ComputerClass[]> {
    return classesByBranch(context).load(branch.code);
  }
}

export const libraryBranchReference = {
  __resolveReference: (reference: { code: string }, context: SubgraphContext) => branchByCode(context).load(reference.code),
};
