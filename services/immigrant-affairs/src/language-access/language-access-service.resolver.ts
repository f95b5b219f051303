import { Language } from "@dlhub/schema";
import { type SubgraphContext, UNAVAILABLE_NOTE } from "@dlhub/subgraph-kit";
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { ArrayContains, type FindOptionsWhere } from "typeorm";
import { contract } from "../initiatives/contract.js";
import { ImmigrantAffairsInitiative } from "../initiatives/immigrant-affairs-initiative.entity.js";
import { venueBySlug } from "../loaders.js";
import { ImmigrantAffairsVenue } from "../venues/immigrant-affairs-venue.entity.js";
import { LanguageAccessChannel } from "./language-access-channel.js";
import { LanguageAccessService } from "./language-access-service.entity.js";

@Resolver(() => LanguageAccessService)
export class LanguageAccessServiceResolver {
  @Query(() => [LanguageAccessService], {
    nullable: true,
    description: `The Office's language-access services by name, optionally only those offered in a language or reached one way. ${UNAVAILABLE_NOTE}`,
  })
  languageAccessServices(
    @Arg("language", () => Language, { nullable: true }) language: Language | null,
    @Arg("channel", () => LanguageAccessChannel, { nullable: true }) channel: LanguageAccessChannel | null,
    @Ctx() { dataSource }: SubgraphContext,
  ): Promise<LanguageAccessService[]> {
    const where: FindOptionsWhere<LanguageAccessService> = {};
    if (language) where.languages = ArrayContains([language]);
    if (channel) where.channels = ArrayContains([channel]);
    return dataSource.getRepository(LanguageAccessService).find({ where, order: { name: "ASC" } });
  }

  @FieldResolver(() => ImmigrantAffairsVenue, { nullable: true, description: "Where to walk in; null for services reached another way." })
  venue(@Root() service: LanguageAccessService, @Ctx() context: SubgraphContext): Promise<ImmigrantAffairsVenue | null> | null {
    return service.venueSlug === null ? null : venueBySlug(context).load(service.venueSlug);
  }

  @FieldResolver(() => ImmigrantAffairsInitiative, { nullable: true })
  initiative(@Root() service: LanguageAccessService, @Ctx() context: SubgraphContext): Promise<ImmigrantAffairsInitiative | null> {
    return contract.initiativeById(context).load(service.initiativeId);
  }
}
