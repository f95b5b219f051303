import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { MappedArea } from "./mapped-area.js";

/**
 * A 2010 census tract (384 in Philadelphia) and, when someone has imported them, its internet
 * indicators. The indicators are nullable as a group: the stored open data has no tract-level
 * broadband figures, so they arrive separately (an ACS extract, or demo values clearly marked).
 */
@Directive('@key(fields: "geoid")')
@ObjectType({ description: "A 2010 census tract with its optional internet indicators." })
@Entity("census_tract")
export class CensusTract extends MappedArea {
  @Field(() => ID, { description: 'The 11-digit GEOID10, e.g. "42101005000".' })
  @PrimaryColumn({ type: "varchar", length: 11 })
  geoid!: string;

  @Field({ description: 'The tract number, e.g. "50" or "201.02" (NAME10).' })
  @Column({ type: "varchar", length: 20 })
  name!: string;

  @Field(() => Float, { description: "Land area in square metres (ALAND10)." })
  @Column({ name: "land_area_sqm", type: "double precision" })
  landAreaSqm!: number;

  /** The neighborhood containing this tract's centroid; recomputed by every geography import. */
  @Column({ name: "neighborhood_id", type: "varchar", length: 80, nullable: true })
  neighborhoodId!: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: "integer", nullable: true })
  households!: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: "integer", nullable: true })
  population!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Share (0..1) of households with a broadband internet subscription, as the ACS asks it.",
  })
  @Column({ name: "broadband_subscription_share", type: "double precision", nullable: true })
  broadbandSubscriptionShare!: number | null;

  @Field(() => String, { nullable: true, description: 'Where the indicators come from, e.g. "ACS 2019 5-year" or "DL Hub demo data".' })
  @Column({ name: "indicator_source", type: "varchar", length: 120, nullable: true })
  indicatorSource!: string | null;

  @Field(() => Boolean, { nullable: true, description: "True when the indicators are invented demo values; null when there are none." })
  @Column({ name: "indicator_is_demo", type: "boolean", nullable: true })
  indicatorIsDemo!: boolean | null;
}
