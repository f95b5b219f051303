import "reflect-metadata";
import { execute, parse } from "graphql";
import { Authorized, Field, FieldResolver, ObjectType, Query, Resolver, Root, UseMiddleware } from "type-graphql";
import { buildSubgraph } from "./build-subgraph.js";

@ObjectType()
class PlainFieldsSpot {
  @Field()
  name!: string;

  @Field({ name: "code" })
  spotCode!: string;

  @Authorized("COORDINATOR")
  @Field()
  secret!: string;

  @UseMiddleware(async (_data, next) => `${String(await next())}!`)
  @Field()
  loud!: string;

  @Field()
  rating!: number;
}

@Resolver(() => PlainFieldsSpot)
class PlainFieldsSpotResolver {
  @Query(() => PlainFieldsSpot)
  plainFieldsSpot(): PlainFieldsSpot {
    return Object.assign(new PlainFieldsSpot(), { name: "Spot", spotCode: "S-1", secret: "hidden", loud: "hello", rating: 2 });
  }

  @FieldResolver(() => Number)
  rating(@Root() spot: PlainFieldsSpot): number {
    return spot.rating * 10;
  }
}

describe("a subgraph's plain fields", () => {
  it("are read by graphql-js's default resolver, and every other field as type-graphql made it", async () => {
    const { schema } = await buildSubgraph({ resolvers: [PlainFieldsSpotResolver], authChecker: () => false });
    const fields = schema.getType("PlainFieldsSpot") as unknown as { getFields(): Record<string, { resolve?: unknown }> };
    expect(Object.entries(fields.getFields()).filter(([, field]) => field.resolve).map(([name]) => name).sort()).toEqual(["code", "loud", "rating", "secret"]);

    const answer = await execute({ schema, document: parse("{ plainFieldsSpot { name code loud rating } }"), contextValue: {} });
    expect(answer).toEqual({ data: { plainFieldsSpot: { name: "Spot", code: "S-1", loud: "hello!", rating: 20 } } });
    const refused = await execute({ schema, document: parse("{ plainFieldsSpot { secret } }"), contextValue: {} });
    expect(refused.errors?.[0].message).toMatch(/Access denied/);
  });
});
