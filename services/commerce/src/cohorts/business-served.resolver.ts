import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { CommercialCorridor } from "../corridors/commercial-corridor.entity.js";
import { cohortById, corridorById } from "../loaders.js";
import { BusinessCohort } from "./business-cohort.entity.js";
import { BusinessServed } from "./business-served.entity.js";

@Resolver(() => BusinessServed)
export class BusinessServedResolver {
  @FieldResolver(() => BusinessCohort, { nullable: true })
  cohort(@Root() business: BusinessServed, @Ctx() context: SubgraphContext): Promise<BusinessCohort | null> {
    return cohortById(context).load(business.cohortId);
  }

  @FieldResolver(() => CommercialCorridor, { nullable: true, description: "Null when the business is not on a tracked corridor." })
  corridor(@Root() business: BusinessServed, @Ctx() context: SubgraphContext): Promise<CommercialCorridor | null> {
    return business.corridorId ? corridorById(context).load(business.corridorId) : Promise.resolve(null);
  }
}
