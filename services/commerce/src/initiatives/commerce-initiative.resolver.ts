import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { BusinessCohort } from "../cohorts/business-cohort.entity.js";
import { WorkforceGrant } from "../grants/workforce-grant.entity.js";
import { cohortsByInitiative, grantsByInitiative } from "../loaders.js";
import { CommerceInitiative } from "./commerce-initiative.entity.js";

/** Commerce's own detail on its initiatives, beyond the contract fields. */
@Resolver(() => CommerceInitiative)
export class CommerceInitiativeResolver {
  @FieldResolver(() => [BusinessCohort], { description: "Cohorts, earliest first." })
  cohorts(@Root() initiative: CommerceInitiative, @Ctx() context: SubgraphContext): Promise<BusinessCohort[]> {
    return cohortsByInitiative(context).load(initiative.id);
  }

  @FieldResolver(() => [WorkforceGrant], { description: "Grants to partners, by fiscal year." })
  workforceGrants(@Root() initiative: CommerceInitiative, @Ctx() context: SubgraphContext): Promise<WorkforceGrant[]> {
    return grantsByInitiative(context).load(initiative.id);
  }
}
