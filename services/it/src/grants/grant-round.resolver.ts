import { type SubgraphContext, UNAVAILABLE_NOTE } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { grantsByRound } from "../loaders.js";
import { DlaGrant } from "./dla-grant.entity.js";
import { GrantRound } from "./grant-round.entity.js";

@Resolver(() => GrantRound)
export class GrantRoundResolver {
  @Query(() => [GrantRound], { nullable: true, description: `Every Digital Literacy Alliance grant round, oldest first. ${UNAVAILABLE_NOTE}` })
  grantRounds(@Ctx() { dataSource }: SubgraphContext): Promise<GrantRound[]> {
    return dataSource.getRepository(GrantRound).find({ order: { year: "ASC", name: "ASC" } });
  }

  @FieldResolver(() => [DlaGrant], { description: "The round's awards, by grantee name." })
  grants(@Root() round: GrantRound, @Ctx() context: SubgraphContext): Promise<DlaGrant[]> {
    return grantsByRound(context).load(round.id);
  }
}
