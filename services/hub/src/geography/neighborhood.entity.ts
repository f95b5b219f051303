import { Directive, Field, Float, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { MappedArea } from "./mapped-area.js";

/** A Philadelphia neighborhood as the City's neighborhoods layer draws it (159 of them). */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A Philadelphia neighborhood (the City's neighborhoods layer)." })
@Entity("neighborhood")
export class Neighborhood extends MappedArea {
  @Field(() => ID, { description: 'Slug of the listed name, e.g. "east-falls" or "germantown-east".' })
  @PrimaryColumn({ type: "varchar", length: 80 })
  id!: string;

  @Field({ description: 'The name as listed, e.g. "Germantown, East" (LISTNAME).' })
  @Column({ type: "varchar", length: 120 })
  name!: string;

  @Field({ description: 'The name as printed on maps, e.g. "East Germantown" (MAPNAME).' })
  @Column({ name: "map_name", type: "varchar", length: 120 })
  mapName!: string;

  @Field(() => Float, { description: "Area in square metres." })
  @Column({ name: "area_square_meters", type: "double precision" })
  areaSquareMeters!: number;

  /** The district containing this neighborhood's centroid; recomputed by every geography import. */
  @Column({ name: "planning_district_id", type: "varchar", length: 80, nullable: true })
  planningDistrictId!: string | null;
}
