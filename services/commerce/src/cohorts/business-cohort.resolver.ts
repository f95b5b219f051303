import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { CommercialCorridor } from "../corridors/commercial-corridor.entity.js";
import { CommerceInitiative } from "../initiatives/commerce-initiative.entity.js";
import { contract } from "../initiatives/contract.js";
import { businessesByCohort, corridorById } from "../loaders.js";
import { BusinessCohort } from "./business-cohort.entity.js";
import { BusinessServed } from "./business-served.entity.js";

@Resolver(() => BusinessCohort)
export class BusinessCohortResolver {
  @FieldResolver(() => CommerceInitiative, { nullable: true })
  initiative(@Root() cohort: BusinessCohort, @Ctx() context: SubgraphContext): Promise<CommerceInitiative | null> {
    return contract.initiativeById(context).load(cohort.initiativeId);
  }

  @FieldResolver(() => CommercialCorridor, { nullable: true, description: "Null for cohorts that meet online." })
  corridor(@Root() cohort: BusinessCohort, @Ctx() context: SubgraphContext): Promise<CommercialCorridor | null> {
    return cohort.corridorId ? corridorById(context).load(cohort.corridorId) : Promise.resolve(null);
  }

  @FieldResolver(() => [BusinessServed], { description: "The businesses that agreed to be listed, by name." })
  businesses(@Root() cohort: BusinessCohort, @Ctx() context: SubgraphContext): Promise<BusinessServed[]> {
    return businessesByCohort(context).load(cohort.id);
  }
}
