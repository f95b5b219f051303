import { type SubgraphContext, defineLoader, groupByKey, indexByKey } from "@dlhub/subgraph-kit";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { In } from "typeorm";
import { CatalogPartner } from "../catalog/catalog-rows.entity.js";
import { Initiative } from "../catalog/initiative.entity.js";
import { Partner } from "./partner.entity.js";

const partnerBySlug = defineLoader<string, Partner | null>("partnerBySlug", async (slugs, db) =>
  indexByKey(slugs, await db.getRepository(Partner).findBy({ slug: In([...slugs]) }), (p) => p.slug),
);

const initiativesByPartner = defineLoader<string, Initiative[]>("initiativesByPartner", async (slugs, db) => {
  const links = await db.getRepository(CatalogPartner).find({ select: { partnerSlug: true, initiativeId: true }, where: { partnerSlug: In([...slugs]) } });
  const initiatives = await db.getRepository(Initiative).find({ where: { id: In([...new Set(links.map((l) => l.initiativeId))]) }, order: { title: "ASC" } });
  const byId = new Map(initiatives.map((i) => [i.id, i]));
  const rows = links.flatMap((link) => {
    const initiative = byId.get(link.initiativeId);
    return initiative ? [{ slug: link.partnerSlug, initiative }] : [];
  });
  return groupByKey(slugs, rows, (row) => row.slug).map((group) =>
    group.map((row) => row.initiative).sort((a, b) => a.title.localeCompare(b.title)),
  );
});

@Resolver(() => Partner)
export class PartnerResolver {
  @Query(() => [Partner], { description: "Every partner organisation, by name." })
  partners(@Ctx() { dataSource }: SubgraphContext): Promise<Partner[]> {
    return dataSource.getRepository(Partner).find({ order: { name: "ASC" } });
  }

  @Query(() => Partner, { nullable: true })
  partner(@Arg("slug", () => ID) slug: string, @Ctx() context: SubgraphContext): Promise<Partner | null> {
    return partnerBySlug(context).load(slug);
  }

  @FieldResolver(() => [Initiative], { description: "Initiatives of any department this partner works on." })
  initiatives(@Root() partner: Partner, @Ctx() context: SubgraphContext): Promise<Initiative[]> {
    return initiativesByPartner(context).load(partner.slug);
  }
}

export const partnerReference = {
  __resolveReference: (reference: { slug: string }, context: SubgraphContext) => partnerBySlug(context).load(reference.slug),
};
