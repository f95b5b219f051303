import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { LibraryBranch } from "../branches/library-branch.entity.js";
import { contract } from "../initiatives/contract.js";
import { LibraryInitiative } from "../initiatives/library-initiative.entity.js";
import { branchByCode, sessionsByClass } from "../loaders.js";
import { ClassSession } from "./class-session.entity.js";
import { ComputerClass } from "./computer-class.entity.js";

@Resolver(() => ComputerClass)
export class ComputerClassResolver {
  @FieldResolver(() => LibraryBranch, { nullable: true })
  branch(@Root() computerClass: ComputerClass, @Ctx() context: SubgraphContext): Promise<LibraryBranch | null> {
    return branchByCode(context).load(computerClass.branchCode);
  }

  @FieldResolver(() => LibraryInitiative, { nullable: true })
  initiative(@Root() computerClass: ComputerClass, @Ctx() context: SubgraphContext): Promise<LibraryInitiative | null> {
    return contract.initiativeById(context).load(computerClass.initiativeId);
  }

  @FieldResolver(() => [ClassSession])
  sessions(@Root() computerClass: ComputerClass, @Ctx() context: SubgraphContext): Promise<ClassSession[]> {
    return sessionsByClass(context).load(computerClass.id);
  }
}
