import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { CensusTract } from "./census-tract.entity.js";
import { censusTractByGeoid, neighborhoodById } from "./loaders.js";
import { Neighborhood } from "./neighborhood.entity.js";

@Resolver(() => CensusTract)
export class CensusTractResolver {
  @Query(() => CensusTract, { nullable: true })
  censusTract(@Arg("geoid", () => ID) geoid: string, @Ctx() context: SubgraphContext): Promise<CensusTract | null> {
    return censusTractByGeoid(context).load(geoid);
  }

  @FieldResolver(() => Neighborhood, { nullable: true, description: "The neighborhood containing the tract's centroid." })
  neighborhood(@Root() tract: CensusTract, @Ctx() context: SubgraphContext): Promise<Neighborhood | null> | null {
    return tract.neighborhoodId ? neighborhoodById(context).load(tract.neighborhoodId) : null;
  }
}
