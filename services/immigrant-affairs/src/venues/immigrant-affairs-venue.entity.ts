import { CoordinateColumn, PlaceRecord, SiteKind } from "@dlhub/schema";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * A place where one of the Office's initiatives meets: a community partner's office, a library
 * branch or a KEYSPOT where interpreters join classes. It is one of the initiative's sites, and
 * one of the Office's places (docs/places.md).
 */
@ObjectType({ description: "A place where a Office of Immigrant Affairs initiative meets." })
@Entity("venue")
export class ImmigrantAffairsVenue extends PlaceRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  /** The natural key the seed and importers upsert on. */
  @Field({ description: "The department's stable key for this venue." })
  @Column({ type: "varchar", length: 120, unique: true })
  slug!: string;

  @Index()
  @Column({ name: "initiative_id", type: "uuid" })
  initiativeId!: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => SiteKind, { description: "What kind of place it is, in the hub's words." })
  @Column({ type: "varchar", length: 40 })
  kind!: SiteKind;

  @Field(() => String, { nullable: true, description: "Street address in Philadelphia." })
  @Column({ type: "varchar", length: 200, nullable: true })
  address!: string | null;

  @CoordinateColumn()
  latitude!: number | null;

  @CoordinateColumn()
  longitude!: number | null;
}
