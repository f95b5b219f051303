import { type SubgraphContext, UNAVAILABLE_NOTE } from "@dlhub/subgraph-kit";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { BusinessCohort } from "../cohorts/business-cohort.entity.js";
import { cohortsByCorridor, corridorById } from "../loaders.js";
import { CommercialCorridor } from "./commercial-corridor.entity.js";

@Resolver(() => CommercialCorridor)
export class CommercialCorridorResolver {
  @Query(() => [CommercialCorridor], { nullable: true, description: `Every corridor Commerce works on, by name. ${UNAVAILABLE_NOTE}` })
  commercialCorridors(@Ctx() { dataSource }: SubgraphContext): Promise<CommercialCorridor[]> {
    return dataSource.getRepository(CommercialCorridor).find({ order: { name: "ASC" } });
  }

  @Query(() => CommercialCorridor, { nullable: true, description: "Null when no corridor has this slug." })
  commercialCorridor(@Arg("id", () => ID) id: string, @Ctx() context: SubgraphContext): Promise<CommercialCorridor | null> {
    return corridorById(context).load(id);
  }

  @FieldResolver(() => [BusinessCohort], { description: "Cohorts that met on this corridor, earliest first." })
  cohorts(@Root() corridor: CommercialCorridor, @Ctx() context: SubgraphContext): Promise<BusinessCohort[]> {
    return cohortsByCorridor(context).load(corridor.id);
  }
}

export const commercialCorridorReference = {
  __resolveReference: (reference: { id: string }, context: SubgraphContext) => corridorById(context).load(reference.id),
};
