import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { LanguageAccessService } from "../language-access/language-access-service.entity.js";
import { languageAccessByInitiative, venuesByInitiative } from "../loaders.js";
import { ImmigrantAffairsVenue } from "../venues/immigrant-affairs-venue.entity.js";
import { ImmigrantAffairsInitiative } from "./immigrant-affairs-initiative.entity.js";

/** The Office's own detail on its initiatives, beyond the contract fields. */
@Resolver(() => ImmigrantAffairsInitiative)
export class ImmigrantAffairsInitiativeResolver {
  @FieldResolver(() => [ImmigrantAffairsVenue], { description: "Where the initiative meets, by name." })
  venues(@Root() initiative: ImmigrantAffairsInitiative, @Ctx() context: SubgraphContext): Promise<ImmigrantAffairsVenue[]> {
    return venuesByInitiative(context).load(initiative.id);
  }

  @FieldResolver(() => [LanguageAccessService], { description: "How residents get it in their own language, by name." })
  languageAccessServices(@Root() initiative: ImmigrantAffairsInitiative, @Ctx() context: SubgraphContext): Promise<LanguageAccessService[]> {
    return languageAccessByInitiative(context).load(initiative.id);
  }
}
