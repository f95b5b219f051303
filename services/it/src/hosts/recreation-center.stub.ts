import { Directive, Field, ID, ObjectType } from "type-graphql";

/**
 * Parks & Recreation's recreation centre entity as this subgraph sees it: only its key. The parks
 * subgraph owns the centre; OIT adds the KEYSPOT sites it hosts. The descriptions repeat the parks
 * subgraph's word for word, so composition has nothing to reconcile.
 */
@Directive('@key(fields: "assetId")')
@ObjectType({ description: "A Parks & Recreation program site: a recreation centre, playground or older adult centre." })
export class RecreationCenter {
  @Field(() => ID, { description: "The City's DPP asset id (DPP_ASSET_ID), e.g. `1032`." })
  assetId!: string;
}
