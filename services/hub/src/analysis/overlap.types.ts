import { Audience, LocalDate } from "@dlhub/schema";
import { Field, ObjectType } from "type-graphql";

@ObjectType({
  description: "Two initiatives of different departments serving a shared audience in the same neighborhood at the same time: a chance to coordinate, or duplicated effort.",
})
export class Overlap {
  /** The pair is ordered by id so each pair appears once; the initiatives resolve through the catalog loader. */
  firstId!: string;

  secondId!: string;

  neighborhoodId!: string;

  @Field(() => [Audience], { description: "The audiences both initiatives serve." })
  sharedAudiences!: Audience[];

  @Field(() => LocalDate, { description: "The first day both run: the later of the two start dates." })
  from!: string;

  @Field(() => LocalDate, { nullable: true, description: "The last day both run: the earlier of the two end dates; null while both are open-ended." })
  to!: string | null;
}
