import { type SubgraphContext, UNAVAILABLE_NOTE } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { contract } from "../initiatives/contract.js";
import { ImmigrantAffairsInitiative } from "../initiatives/immigrant-affairs-initiative.entity.js";
import { LanguageAccessService } from "../language-access/language-access-service.entity.js";
import { languageAccessByVenue } from "../loaders.js";
import { ImmigrantAffairsVenue } from "./immigrant-affairs-venue.entity.js";

@Resolver(() => ImmigrantAffairsVenue)
export class ImmigrantAffairsVenueResolver {
  @Query(() => [ImmigrantAffairsVenue], { nullable: true, description: `Every venue of the Office's initiatives, by name. ${UNAVAILABLE_NOTE}` })
  immigrantAffairsVenues(@Ctx() { dataSource }: SubgraphContext): Promise<ImmigrantAffairsVenue[]> {
    return dataSource.getRepository(ImmigrantAffairsVenue).find({ order: { name: "ASC" } });
  }

  @FieldResolver(() => ImmigrantAffairsInitiative, { nullable: true })
  initiative(@Root() venue: ImmigrantAffairsVenue, @Ctx() context: SubgraphContext): Promise<ImmigrantAffairsInitiative | null> {
    return contract.initiativeById(context).load(venue.initiativeId);
  }

  @FieldResolver(() => [LanguageAccessService], { description: "The language-access services one can walk in to here, by name." })
  languageAccessServices(@Root() venue: ImmigrantAffairsVenue, @Ctx() context: SubgraphContext): Promise<LanguageAccessService[]> {
    return languageAccessByVenue(context).load(venue.slug);
  }
}
