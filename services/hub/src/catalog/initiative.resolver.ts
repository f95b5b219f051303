import { DateTime, InitiativePartner, OutcomeMetric } from "@dlhub/schema";
import { type ColumnsRead, MAX_PAGE_SIZE, PageInfo, PerSelection, type SubgraphContext, badUserInput, checkPageSize, decodeCursor, encodeCursor, isUuid, plainRows, preparedQuery, selectedFields } from "@dlhub/subgraph-kit";
import { type GraphQLResolveInfo } from "graphql";
import { type DataSource } from "typeorm";
import { Arg, Ctx, Field, FieldResolver, ID, Info, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { departmentFieldsResolver } from "../departments/index.js";
import { InitiativeFilter, InitiativeOrder } from "./initiative-filter.input.js";
import { demoRuleSql } from "./demo-rule.js";
import { countSql, initiativeConditions, initiativeOrder } from "./initiative-query.js";
import { type ReadAlongside, readAlongside } from "./page-alongside.js";
import { sitesReadWithPage } from "./read-with-page.js";
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

/** What the initiative's own field resolvers read of it (its key, its department, its feed), whatever the query selects. */
const READ_BY_FIELD_RESOLVERS = ["id", "departmentId", "source"];

@Resolver(() => Initiative)
export class InitiativeResolver {
  @Query(() => InitiativeConnection, { description: "Every department's initiatives, filtered, ordered and paged." })
  async initiatives(
    @Ctx() context: SubgraphContext,
    @Arg("filter", () => InitiativeFilter, { nullable: true }) given?: InitiativeFilter | null,
    @Arg("orderBy", () => InitiativeOrder, { defaultValue: InitiativeOrder.TITLE }) orderBy: InitiativeOrder = InitiativeOrder.TITLE,
    @Arg("first", () => Int, { defaultValue: 50, description: `At most ${MAX_PAGE_SIZE}.` }) first = 50,
    @Arg("after", () => String, { nullable: true }) after?: string,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<InitiativeConnection> {
    checkPageSize(first);
    // `filter: null`, as a client may send it, is no filter at all.
    const filter = given ?? undefined;
    const offset = after ? Number(decodeCursor(after)) : 0;
    if (!Number.isInteger(offset) || offset < 0) throw badUserInput("`after` is not a cursor this API issued", "after");
    const { where, params } = initiativeConditions(filter, { demoRule: demoRuleSql("i", filter?.includeDemo) });
    const n = params.length;
    const { dataSource } = context;
    const { counted, rows, alongside, select } = info ? pageReads.get(info, dataSource, () => readsOfPage(dataSource, info)) : readsOfPage(dataSource, undefined);
    // The page's rows whole, read as plain objects (plainRows), and the count in the same statement
    // as a subquery PostgreSQL runs once (not a window function, which would read and sort every
    // matching row before LIMIT): one round trip per page, where a statement costs more CPU than
    // the page's JavaScript (services/local-hub/src/bench/README.md). The count comes from the
    // catalog's kept counts when the filter allows (countSql); else the subquery's own alias `i`
    // hides the page's, so the filter's text serves both.
    const countValues: unknown[] = [];
    const total = counted ? [`${countSql(filter, where, (value) => `$${n + 2 + countValues.push(value)}`).sql} AS "pageTotal"`] : [];
    // Prepared: planning it was a fifth of PostgreSQL's work per page (preparedQuery).
    const raw = await preparedQuery<Record<string, unknown>>(
      dataSource,
      `SELECT ${[select, ...total].join(", ")}
         FROM catalog_initiative i WHERE ${where} ORDER BY ${initiativeOrder(orderBy)} LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...params, first + 1, offset, ...countValues],
    );
    const page = raw.slice(0, first);
    const nodes = rows.hydrate(page);
    for (const read of alongside) read.give(context, page, nodes);
    const [count, demo] = counted ? await pageTotal(dataSource, raw, filter, where, params, offset) : [0, false];
    return {
      nodes,
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
  sites(@Root() initiative: Initiative, @Ctx() context: SubgraphContext): Site[] | Promise<Site[]> {
    return sitesReadWithPage.of(initiative) ?? sitesByInitiative.value(context, initiative.id);
  }

  @FieldResolver(() => [InitiativePartner])
  partners(@Root() initiative: Initiative, @Ctx() context: SubgraphContext): InitiativePartner[] | Promise<InitiativePartner[]> {
    // A catalog partner row carries the contract's fields and more (its initiative id).
    return partnersByInitiative.value(context, initiative.id) as InitiativePartner[] | Promise<InitiativePartner[]>;
  }

  @FieldResolver(() => [OutcomeMetric])
  async outcomes(@Root() initiative: Initiative, @Ctx() context: SubgraphContext): Promise<OutcomeMetric[]> {
    return (await outcomesByInitiative(context).load(initiative.id)) as OutcomeMetric[];
  }

  @FieldResolver(() => DateTime, {
    nullable: true,
    description: "When the hub last knew it held all of this initiative's department (read to the end, or found unchanged); older than a few seconds means the department is not answering and this row may be stale.",
  })
  async departmentSyncedAt(@Root() initiative: Initiative, @Ctx() context: SubgraphContext): Promise<Date | null> {
    return (await feedByName(context).load(initiative.source))?.lastSyncedAt ?? null;
  }
}

/** What a catalog page reads for the fields its query selects, worked out once per query document. */
interface PageReads {
  counted: boolean;
  rows: ColumnsRead<Initiative>;
  alongside: ReadAlongside[];
  /** The statement's select list: the rows' columns and what is read alongside. */
  select: string;
}

const pageReads = new PerSelection<PageReads>();

function readsOfPage(dataSource: DataSource, info: GraphQLResolveInfo | undefined): PageReads {
  const asked = info ? selectedFields(info) : new Set(["totalCount", "includesDemo"]);
  const nodeFields = info ? selectedFields(info, ["nodes"]) : undefined;
  // Only the columns the nodes' fields read (reading and converting the rest was a third of the
  // driver's work per page); the rows go nowhere else.
  const initiatives = plainRows(dataSource, Initiative, "i");
  const rows = nodeFields ? initiatives.only([...nodeFields, ...READ_BY_FIELD_RESOLVERS]) : initiatives;
  const alongside = readAlongside(dataSource, nodeFields ?? new Set(), (path) => (info ? selectedFields(info, ["nodes", ...path]) : new Set()));
  return { counted: asked.has("totalCount") || asked.has("includesDemo"), rows, alongside, select: [rows.select, ...alongside.map((read) => read.sql)].join(", ") };
}

/**
 * The count the page's statement read beside its rows. A page with no rows carries none: at the
 * start of the list nothing matches, and past its end (a cursor kept while initiatives ended) the
 * count is read on its own.
 */
async function pageTotal(
  dataSource: DataSource,
  raw: Record<string, unknown>[],
  filter: InitiativeFilter | undefined,
  where: string,
  params: unknown[],
  offset: number,
): Promise<[number, boolean]> {
  if (raw.length > 0) return raw[0].pageTotal as [number, boolean];
  if (offset === 0) return [0, false];
  // The kept count takes only its own parameters, numbered from 1; counting rows takes the filter's.
  const own: unknown[] = [];
  const { sql, kept } = countSql(filter, where, (value) => `$${own.push(value)}`);
  const [{ total }] = (await dataSource.query(`SELECT ${sql} AS total`, kept ? own : params)) as { total: [number, boolean] }[];
  return total;
}

export const InitiativeDepartmentResolver = departmentFieldsResolver(Initiative, (initiative) => initiative.departmentId);

export const initiativeReference = {
  __resolveReference: (reference: { id: string }, context: SubgraphContext) =>
    isUuid(reference.id) ? initiativeById(context).load(reference.id) : null,
};
