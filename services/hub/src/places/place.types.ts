import { Department, PlaceStatus } from "@dlhub/schema";
import { PageInfo } from "@dlhub/subgraph-kit";
import { Field, Int, ObjectType } from "type-graphql";
import { Place } from "./place.entity.js";

@ObjectType()
export class PlaceConnection {
  @Field(() => [Place])
  nodes!: Place[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Places matching the filter, regardless of paging." })
  totalCount!: number;

  @Field({ description: "True when any place counted in totalCount is demo data." })
  includesDemo!: boolean;
}

@ObjectType({ description: "How many places of one department, kind and status lie in an area, each placed by its own coordinates." })
export class PlaceCount {
  @Field(() => Department)
  department!: Department;

  @Field()
  kind!: string;

  @Field(() => PlaceStatus)
  status!: PlaceStatus;

  @Field(() => Int)
  count!: number;
}
