import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * The Free Library's branch entity as this subgraph sees it: only its key. The libraries subgraph
 * owns the branch (name, address, computers); OIT adds the KEYSPOT sites a branch hosts, so the
 * gateway can answer "which KEYSPOTs are at this branch" from either side. The descriptions repeat
 * the libraries subgraph's word for word, so composition has nothing to reconcile.
 */
@Directive('@key(fields: "code")')
@ObjectType({ description: "A Free Library of Philadelphia location." })
export class LibraryBranch {
  @Field(() => ID, { description: "The Free Library's branch code, e.g. `52004`." })
  code!: string;
}
