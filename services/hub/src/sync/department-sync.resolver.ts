import { type SubgraphContext, defineLoader, indexByKey } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { feedDepartmentResolver } from "../departments/index.js";
import { DepartmentFeed } from "./department-feed.entity.js";

const initiativeCountBySource = defineLoader<string, number>("initiativeCountBySource", async (names, db) => {
  const rows: { source: string; count: number }[] = await db.query(
    `SELECT source, count(*)::int AS count FROM catalog_initiative WHERE source = ANY($1) GROUP BY source`,
    [names],
  );
  return indexByKey(names, rows, (r) => r.source).map((row) => row?.count ?? 0);
});

const placeCountBySource = defineLoader<string, number>("placeCountBySource", async (names, db) => {
  const rows: { source: string; count: number }[] = await db.query(
    `SELECT source, count(*)::int AS count FROM catalog_place WHERE source = ANY($1) GROUP BY source`,
    [names],
  );
  return indexByKey(names, rows, (r) => r.source).map((row) => row?.count ?? 0);
});

@Resolver(() => DepartmentFeed)
export class DepartmentSyncResolver {
  @Query(() => [DepartmentFeed], { description: "Every department the catalog follows, and how fresh its rows are." })
  departments(@Ctx() { dataSource }: SubgraphContext): Promise<DepartmentFeed[]> {
    return dataSource.getRepository(DepartmentFeed).find({ order: { name: "ASC" } });
  }

  @FieldResolver(() => Int, { description: "The department's initiatives in the catalog." })
  initiativeCount(@Root() feed: DepartmentFeed, @Ctx() context: SubgraphContext): Promise<number> {
    return initiativeCountBySource(context).load(feed.name);
  }

  @FieldResolver(() => Int, { description: "The department's places in the place catalog, demo ones included." })
  placeCount(@Root() feed: DepartmentFeed, @Ctx() context: SubgraphContext): Promise<number> {
    return placeCountBySource(context).load(feed.name);
  }
}

export const DepartmentSyncDepartmentResolver = feedDepartmentResolver(DepartmentFeed, (feed) => feed.name);
