import {
  Department,
  type InitiativeContract,
  InitiativePartner,
  InitiativeSite,
  OutcomeMetric,
  type ReferenceResolvers,
} from "@dlhub/schema";
import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { In, MoreThan } from "typeorm";
import { CreateAuditLog20261128100100 } from "../audit/audit-log.js";
import { UNAVAILABLE_NOTE } from "../errors.js";
import { type SubgraphContext } from "../context.js";
import { defineLoader, groupByKey, indexByKey } from "../loaders.js";
import { CreateInitiativeContract20261128000000 } from "./contract-migration.js";
import { TrackInitiativeChanges20261128100000 } from "./change-tracking.js";
import { AddInitiativeDemoFlag20261201000001, CreatePlaceChangeLog20261201000000 } from "../places/place-tracking.js";
import { initiativeDetail } from "./initiative-detail.js";
import { type InitiativeFeedSource } from "./initiative-feed.js";
import { initiativeUpdate } from "./initiative-update.js";
import { AddInitiativeVersion20261128100200 } from "./initiative-version.js";
import { sitesQuery } from "./sites.js";
import { isUuid } from "./uuid.js";
import { PageArgs, PageInfo, checkPageSize, decodeCursor, encodeCursor } from "./paging.js";

export { isUuid } from "./uuid.js";

export interface InitiativeContractOptions<T extends InitiativeContract> {
  /** The subgraph name, e.g. `libraries`; site ids are `<name>:<kind>:<key>`. */
  name: string;
  department: Department;
  /** The department's initiative entity, also its GraphQL type (e.g. `LibraryInitiative`). */
  initiative: new () => T;
  /** Root field names, e.g. `libraryInitiatives` and `libraryInitiative`. */
  listField: string;
  singleField: string;
  /** The department's field on the hub's `Initiative`, e.g. `library`. */
  detailField: string;
  /** The editor's mutation; `update<Type>` (`updateLibraryInitiative`) unless named here. */
  updateField?: string;
  /**
   * One statement listing where the initiatives `$1` (a uuid array) are delivered, with columns
   * initiative_id, key, kind, name, address, latitude, longitude and optionally workstations and
   * weekly_open_hours.
   */
  sitesSql: string;
}

const partnersByInitiative = defineLoader<string, InitiativePartner[]>(
  "partnersByInitiative",
  async (ids, db) =>
    groupByKey(ids, await db.getRepository(InitiativePartner).find({ where: { initiativeId: In([...ids]) }, order: { name: "ASC" } }), (p) => p.initiativeId),
);

const outcomesByInitiative = defineLoader<string, OutcomeMetric[]>(
  "outcomesByInitiative",
  async (ids, db) =>
    groupByKey(ids, await db.getRepository(OutcomeMetric).find({ where: { initiativeId: In([...ids]) }, order: { periodStart: "ASC" } }), (o) => o.initiativeId),
);

/**
 * Everything a department needs to serve the hub contract for its initiatives: the contract
 * tables' migration and entities, list and lookup queries with cursor paging, the contract's
 * relation fields through per-request loaders, the entity reference resolver, and the editors'
 * update mutation with its version check and audit log.
 */
export function initiativeContract<T extends InitiativeContract>(options: InitiativeContractOptions<T>) {
  const { initiative: Initiative, department } = options;
  const typeName = Initiative.name;
  const sites = sitesQuery(options.name, options.sitesSql);
  const sitesByInitiative = defineLoader<string, InitiativeSite[]>(`sitesBy${typeName}`, sites);
  const initiativeById = defineLoader<string, T | null>(`${typeName}ById`, async (ids, db) =>
    indexByKey(ids, await db.getRepository(Initiative).findBy({ id: In([...ids]) } as never), (i) => i.id),
  );

  @ObjectType(`${typeName}Connection`)
  class InitiativeConnection {
    @Field(() => [Initiative])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "All initiatives, regardless of paging." })
    totalCount!: number;
  }

  @Resolver(() => Initiative)
  class InitiativeContractResolver {
    @Query(() => InitiativeConnection, { name: options.listField, nullable: true, description: `${department} initiatives, ordered by slug. ${UNAVAILABLE_NOTE}` })
    async list(@Args() { first, after }: PageArgs, @Ctx() { dataSource }: SubgraphContext): Promise<InitiativeConnection> {
      checkPageSize(first);
      const repository = dataSource.getRepository(Initiative);
      const where = after ? ({ slug: MoreThan(decodeCursor(after)) } as never) : {};
      const [rows, totalCount] = await Promise.all([
        repository.find({ where, order: { slug: "ASC" } as never, take: first + 1 }),
        repository.count(),
      ]);
      const nodes = rows.slice(0, first);
      const last = nodes[nodes.length - 1];
      return {
        nodes,
        totalCount,
        pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(last.slug) : null },
      };
    }

    @Query(() => Initiative, { name: options.singleField, nullable: true })
    one(@Arg("id", () => ID) id: string, @Ctx() context: SubgraphContext): Promise<T | null> {
      return isUuid(id) ? initiativeById(context).load(id) : Promise.resolve(null);
    }

    @FieldResolver(() => Department)
    department(): Department {
      return department;
    }

    @FieldResolver(() => [InitiativeSite])
    sites(@Root() initiative: T, @Ctx() context: SubgraphContext): Promise<InitiativeSite[]> {
      return sitesByInitiative(context).load(initiative.id);
    }

    @FieldResolver(() => [InitiativePartner])
    partners(@Root() initiative: T, @Ctx() context: SubgraphContext): Promise<InitiativePartner[]> {
      return partnersByInitiative(context).load(initiative.id);
    }

    @FieldResolver(() => [OutcomeMetric])
    outcomes(@Root() initiative: T, @Ctx() context: SubgraphContext): Promise<OutcomeMetric[]> {
      return outcomesByInitiative(context).load(initiative.id);
    }
  }

  const referenceResolvers: ReferenceResolvers = {
    [typeName]: {
      __resolveReference: (reference: { id: string }, context: SubgraphContext) =>
        isUuid(reference.id) ? initiativeById(context).load(reference.id) : null,
    },
  };

  const detail = initiativeDetail({ department, initiative: Initiative, detailField: options.detailField, initiativeById });
  const update = initiativeUpdate({ initiative: Initiative, mutationName: options.updateField ?? `update${typeName}` });
  return {
    name: options.name,
    department,
    entities: [Initiative, InitiativePartner, OutcomeMetric],
    migrations: [
      CreateInitiativeContract20261128000000,
      TrackInitiativeChanges20261128100000,
      CreateAuditLog20261128100100,
      AddInitiativeVersion20261128100200,
      CreatePlaceChangeLog20261201000000,
      AddInitiativeDemoFlag20261201000001,
    ],
    resolvers: [InitiativeContractResolver, ...detail.resolvers, ...update.resolvers],
    orphanedTypes: detail.orphanedTypes,
    referenceResolvers: { ...referenceResolvers, ...detail.referenceResolvers },
    initiativeById,
    feed: { department, initiative: Initiative, sites } satisfies InitiativeFeedSource<T>,
  };
}
