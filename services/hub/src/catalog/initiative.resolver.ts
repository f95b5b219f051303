import { DateTime, InitiativePartner, OutcomeMetric } from "@dlhub/schema";
import { MAX_PAGE_SIZE, PageInfo, type SubgraphContext, badUserInput, checkPageSize, decodeCursor, encodeCursor, isUuid } from "@dlhub/subgraph-kit";
import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { In } from "typeorm";
import { InitiativeFilter, InitiativeOrder } from "./initiative-filter.input.js";
import { demoIncluded } from "./demo-rule.js";
import { initiativeConditions, initiativeOrder } from "./initiative-query.js";
import { Initiative } from "./initiative.entity.js";
import { feedByName, initiativeById, outcomesByInitiative, partnersByInitiative, sitesByInitiative } from "./loaders.js";
import { Site } from "./site.entity.js";

@ObjectType()
export class InitiativeConnection {
  @Field(() => [Initiative])
  nodes!: Initiative[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Initiatives matching the filter, regardless of paging." })
  totalCount!: number;

  @Field({ description: "True when any initiative counted in totalCount is demo data." })
  includesDemo!: boolean;
}

@Resolver(() => Initiative)
export class InitiativeResolver {
  @Query(() => InitiativeConnection, { description: "Every department's initiatives, filtered, ordered and paged." })
  async initiatives(
    @Ctx() context: SubgraphContext,
    @Arg("filter", () => InitiativeFilter, { nullable: true }) filter?: InitiativeFilter,
    @Arg("orderBy", () => InitiativeOrder, { defaultValue: InitiativeOrder.TITLE }) orderBy: InitiativeOrder = InitiativeOrder.TITLE,
    @Arg("first", () => Int, { defaultValue: 50, description: `At most ${MAX_PAGE_SIZE}.` }) first = 50,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ): Promise<InitiativeConnection> {
    checkPageSize(first);
    const offset = after ? Number(decodeCursor(after)) : 0;
    if (!Number.isInteger(offset) || offset < 0) throw badUserInput("`after` is not a cursor this API issued", "after");
    const { where, params } = initiativeConditions(filter, await demoIncluded(context, filter?.includeDemo));
    const n = params.length;
    const { dataSource } = context;
    const [rows, [{ count, demo }]] = await Promise.all([
      dataSource.query(
        `SELECT i.id FROM catalog_initiative i WHERE ${where} ORDER BY ${initiativeOrder(orderBy)} LIMIT $${n + 1} OFFSET $${n + 2}`,
        [...params, first + 1, offset],
      ) as Promise<{ id: string }[]>,
      dataSource.query(`SELECT count(*)::int AS count, coalesce(bool_or(i.is_demo), false) AS demo FROM catalog_initiative i WHERE ${where}`, params) as Promise<
        { count: number; demo: boolean }[]
      >,
    ]);
    const ids = rows.slice(0, first).map((r) => r.id);
    const byId = new Map((await dataSource.getRepository(Initiative).findBy({ id: In(ids) })).map((i) => [i.id, i]));
    return {
      nodes: ids.map((id) => byId.get(id)).filter((i): i is Initiative => i !== undefined),
      totalCount: count,
      includesDemo: demo,
      pageInfo: { hasNextPage: rows.length > first, endCursor: ids.length ? encodeCursor(String(offset + ids.length)) : null },
    };
  }

  @Query(() => Initiative, { nullable: true })
  initiative(@Arg("id", () => ID) id: string, @Ctx() context: SubgraphContext): Promise<Initiative | null> {
    return isUuid(id) ? initiativeById(context).load(id) : Promise.resolve(null);
  }

  @FieldResolver(() => [Site])
  sites(@Root() initiative: Initiative, @Ctx() context: SubgraphContext): Promise<Site[]> {
    return sitesByInitiative(context).load(initiative.id);
  }

  @FieldResolver(() => [InitiativePartner])
  async partners(@Root() initiative: Initiative, @Ctx() context: SubgraphContext): Promise<InitiativePartner[]> {
    return (await partnersByInitiative(context).load(initiative.id)) as InitiativePartner[];
  }

  @FieldResolver(() => [OutcomeMetric])
  async outcomes(@Root() initiative: Initiative, @Ctx() context: SubgraphContext): Promise<OutcomeMetric[]> {
    return (await outcomesByInitiative(context).load(initiative.id)) as OutcomeMetric[];
  }

  @FieldResolver(() => DateTime, {
    nullable: true,
    description: "When the hub last read this initiative's department to the end; older than a few seconds means the department is not answering and this row may be stale.",
  })
  async departmentSyncedAt(@Root() initiative: Initiative, @Ctx() context: SubgraphContext): Promise<Date | null> {
    return (await feedByName(context).load(initiative.source))?.lastSyncedAt ?? null;
  }
}

export const initiativeReference = {
  __resolveReference: (reference: { id: string }, context: SubgraphContext) =>
    isUuid(reference.id) ? initiativeById(context).load(reference.id) : null,
};
