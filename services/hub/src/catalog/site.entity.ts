import { CoordinateColumn, SiteKind } from "@dlhub/schema";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** A place where an initiative is delivered, placed by the hub in its neighborhood, district and tract. */
@ObjectType({ description: "A place where digital-literacy work happens, placed on the City's map by the hub." })
@Entity("catalog_site")
export class Site {
  @PrimaryColumn({ name: "initiative_id", type: "uuid" })
  initiativeId!: string;

  @Field(() => ID, { name: "id", description: "`<department>:<kind>:<key>`, the same in every initiative delivered there." })
  @PrimaryColumn({ name: "site_id", type: "varchar", length: 300 })
  siteId!: string;

  @Field()
  @Column({ type: "varchar", length: 300 })
  name!: string;

  @Field(() => SiteKind)
  @Column({ type: "varchar", length: 40 })
  kind!: SiteKind;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 300, nullable: true })
  address!: string | null;

  @CoordinateColumn()
  latitude!: number | null;

  @CoordinateColumn()
  longitude!: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: "integer", nullable: true })
  workstations!: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ name: "weekly_open_hours", type: "double precision", nullable: true })
  weeklyOpenHours!: number | null;

  @Column({ name: "neighborhood_id", type: "varchar", length: 120, nullable: true })
  neighborhoodId!: string | null;

  @Column({ name: "planning_district_id", type: "varchar", length: 120, nullable: true })
  planningDistrictId!: string | null;

  @Field(() => String, { nullable: true, description: "The 2010 census tract (GEOID) the site lies in." })
  @Column({ name: "tract_geoid", type: "varchar", length: 20, nullable: true })
  tractGeoid!: string | null;
}
