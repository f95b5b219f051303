import { DateTime, InitiativePartner, OutcomeMetric } from "@dlhub/schema";
import { MAX_PAGE_SIZE, PageInfo, type SubgraphContext, badUserInput, checkPageSize, decodeCursor, encodeCursor, isUuid, plainRows, selectedFields } from "@dlhub/subgraph-kit";
import { type GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Field, FieldResolver, ID, Info, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { departmentFieldsResolver } from "../departments/index.js";
import { InitiativeFilter, InitiativeOrder } from "./initiative-filter.input.js";
import { demoRuleSql } from "./demo-rule.js";
import { initiativeConditions, initiativeOrder } from "./initiative-query.js";
import { readAlongside } from "./page-alongside.js";
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
    @Info() info?: GraphQLResolveInfo,
  ): Promise<InitiativeConnection> {
    checkPageSize(first);
    const offset = after ? Number(decodeCursor(after)) : 0;
    if (!Number.isInteger(offset) || offset < 0) throw badUserInput("`after` is not a cursor this API issued", "after");
    const { where, params } = initiativeConditions(filter, { demoRule: demoRuleSql("i", filter?.includeDemo) });
    const n = params.length;
    const { dataSource } = context;
    // The page's rows whole, read as plain objects (plainRows), beside the count. The count is a
    // statement of its own: counted in the page's statement by a window function, every matching
    // row would be read whole and sorted before LIMIT, where the page alone can stop at its end.
    const rows = plainRows(dataSource, Initiative, "i");
    const alongside = readAlongside(dataSource, info ? selectedFields(info, ["nodes"]) : new Set());
    const [raw, [{ count, demo }]] = await Promise.all([
      dataSource.query(
        `SELECT ${[rows.select, ...alongside.map((read) => read.sql)].join(", ")}
           FROM catalog_initiative i WHERE ${where} ORDER BY ${initiativeOrder(orderBy)} LIMIT $${n + 1} OFFSET $${n + 2}`,
        [...params, first + 1, offset],
      ) as Promise<Record<string, unknown>[]>,
      dataSource.query(`SELECT count(*)::int AS count, coalesce(bool_or(i.is_demo), false) AS demo FROM catalog_initiative i WHERE ${where}`, params) as Promise<
        { count: number; demo: boolean }[]
      >,
    ]);
    const page = raw.slice(0, first);
    for (const read of alongside) read.prime(context, page);
    return {
      nodes: rows.hydrate(page),
      totalCount: count,
      includesDemo: demo,
      pageInfo: { hasNextPage: raw.length > first, endCursor: page.length ? encodeCursor(String(offset + page.length)) : null },
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

export const InitiativeDepartmentResolver = departmentFieldsResolver(Initiative, (initiative) => initiative.departmentId);

export const initiativeReference = {
  __resolveReference: (reference: { id: string }, context: SubgraphContext) =>
    isUuid(reference.id) ? initiativeById(context).load(reference.id) : null,
};
