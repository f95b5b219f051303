import { CoordinateColumn, PlaceRecord } from "@dlhub/schema";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * One of the City's neighbourhood commercial corridors (about 265 citywide). Other departments
 * refer to it by its slug, which stays stable when a corridor's display name is reworded. It is
 * one of Commerce's places (docs/places.md).
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A neighbourhood commercial corridor the Department of Commerce supports." })
@Entity("commercial_corridor")
export class CommercialCorridor extends PlaceRecord {
  @Field(() => ID, { description: "The corridor's slug, e.g. `germantown-ave-chelten`." })
  @PrimaryColumn({ type: "varchar", length: 80 })
  id!: string;

  @Field()
  @Column({ type: "varchar", length: 120 })
  name!: string;

  @Field({ description: "The stretch of street the corridor covers, e.g. `Germantown Ave from Washington Ln to Coulter St`." })
  @Column({ type: "varchar", length: 200 })
  description!: string;

  @Field(() => Int, { description: "City Council district, 1 to 10." })
  @Column({ name: "council_district", type: "smallint" })
  councilDistrict!: number;

  @CoordinateColumn({ nullable: false })
  latitude!: number;

  @CoordinateColumn({ nullable: false })
  longitude!: number;

  @Field(() => Int, { description: "Ground-floor storefronts along the corridor." })
  @Column({ name: "storefront_count", type: "integer" })
  storefrontCount!: number;
}
