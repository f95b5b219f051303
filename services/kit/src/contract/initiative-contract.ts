import {
  type Department,
  type InitiativeContract,
  InitiativePartner,
  InitiativeSite,
  OutcomeMetric,
  type ReferenceResolvers,
  legacyDepartmentOf,
} from "@dlhub/schema";
import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { In, MoreThan } from "typeorm";
import { CreateAuditLog20261128100100 } from "../audit/audit-log.js";
import { UNAVAILABLE_NOTE } from "../errors.js";
import { type SubgraphContext } from "../context.js";
import { defineLoader, groupByKey, indexByKey } from "../loaders.js";
import { CreateInitiativeContract20261128000000 } from "./contract-migration.js";
import { IndexChangeLogsByKey20261203000000 } from "./change-log-by-key.js";
import { LogInitiativesOncePerTransaction20261205000000 } from "./change-log-once.js";
import { TrackInitiativeChanges20261128100000 } from "./change-tracking.js";
import { AddInitiativeDemoFlag20261201000001, CreatePlaceChangeLog20261201000000 } from "../places/place-tracking.js";
import { departmentFields } from "./department-fields.js";
import { initiativeDetail } from "./initiative-detail.js";
import { type InitiativeFeedSource } from "./initiative-feed.js";
import { initiativeUpdate } from "./initiative-update.js";
import { AddInitiativeVersion20261128100200 } from "./initiative-version.js";
import { sitesQuery } from "./sites.js";
import { isUuid } from "./uuid.js";
import { PageArgs, PageInfo, checkPageSize, decodeCursor, encodeCursor } from "./paging.js";

export { isUuid } from "./uuid.js";

export interface InitiativeContractOptions<T extends InitiativeContract> {
  /**
   * The subgraph name, e.g. `libraries`, which is also the department's registered id
   * (`departmentId`); site ids are `<name>:<kind>:<key>`.
   */
  name: string;
  /**
   * The department's value of the closed, deprecated `Department` enum, given only by the
   * departments it lists; they keep serving the enum-typed `department` field beside
   * `departmentId` while clients move over. A department registered since leaves it out.
   */
  legacyDepartment?: Department;
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
  const { initiative: Initiative, name: departmentId, legacyDepartment } = options;
  const listed = legacyDepartmentOf(departmentId);
  if (legacyDepartment !== undefined && listed !== legacyDepartment) {
    // The hub maps the enum to ids and back by name; a mismatch would file initiatives under another department.
    const fits = listed ? `its value is ${listed}` : "it has none in the closed list, so leave legacyDepartment out";
    throw new TypeError(`legacyDepartment ${legacyDepartment} is not the ${departmentId} department's value; ${fits}.`);
  }
  const typeName = Initiative.name;
  // Defined before the resolver below, so the SDL lists the department's fields where `department` always stood.
  const departmentResolvers = departmentFields(Initiative, departmentId, legacyDepartment);
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
    @Query(() => InitiativeConnection, { name: options.listField, nullable: true, description: `The ${departmentId} department's initiatives, ordered by slug. ${UNAVAILABLE_NOTE}` })
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

  const detail = initiativeDetail({ departmentId, initiative: Initiative, detailField: options.detailField, initiativeById });
  const update = initiativeUpdate({ initiative: Initiative, mutationName: options.updateField ?? `update${typeName}` });
  return {
    name: options.name,
    departmentId,
    legacyDepartment,
    entities: [Initiative, InitiativePartner, OutcomeMetric],
    migrations: [
      CreateInitiativeContract20261128000000,
      TrackInitiativeChanges20261128100000,
      CreateAuditLog20261128100100,
      AddInitiativeVersion20261128100200,
      CreatePlaceChangeLog20261201000000,
      AddInitiativeDemoFlag20261201000001,
      IndexChangeLogsByKey20261203000000,
      LogInitiativesOncePerTransaction20261205000000,
    ],
    resolvers: [InitiativeContractResolver, ...departmentResolvers, ...detail.resolvers, ...update.resolvers],
    orphanedTypes: detail.orphanedTypes,
    referenceResolvers: { ...referenceResolvers, ...detail.referenceResolvers },
    initiativeById,
    feed: { departmentId, legacyDepartment, initiative: Initiative, sites } satisfies InitiativeFeedSource<T>,
  };
}
