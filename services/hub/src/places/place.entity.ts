import { CoordinateColumn, DEPARTMENT_ID_DESCRIPTION, DateTime, PlaceStatus } from "@dlhub/schema";
import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * A public place of any department as the hub's place catalog holds it (docs/places.md): synced
 * from the department's place feed, placed by the hub in its neighborhood, district and tract by
 * its own coordinates.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A public place of any department — a KEYSPOT, library branch, recreation centre, lab or venue — whether or not an initiative uses it." })
@Entity("catalog_place")
export class Place {
  @Field(() => ID, { description: "`<department's subgraph>:<record>:<key>`, e.g. `libraries:library_branch:52004`; an initiative's site at the place has the same id." })
  @PrimaryColumn({ type: "varchar", length: 300 })
  id!: string;

  /** The subgraph whose feed the row came from: the same as `departmentId`, which the sync makes sure of. */
  @Column({ type: "varchar", length: 60 })
  source!: string;

  /** Its name and the deprecated enum `department` are resolved from it (PlaceDepartmentResolver). */
  @Field(() => ID, { description: DEPARTMENT_ID_DESCRIPTION })
  @Column({ name: "department_id", type: "varchar", length: 60 })
  departmentId!: string;

  @Field({ description: "What kind of place, in upper snake case (`KEYSPOT`, `LIBRARY_BRANCH`, `RECREATION_CENTER`, `POOL`, …); a department may publish a kind of its own." })
  @Column({ type: "varchar", length: 60 })
  kind!: string;

  @Field(() => String, { nullable: true, description: "The source's own type code, as its file writes it (PPR `PROGRAM_TYPE`, the Free Library's `TYPE`, the KEYSPOT list's `site_type`)." })
  @Column({ name: "type_code", type: "varchar", length: 60, nullable: true })
  typeCode!: string | null;

  @Field(() => PlaceStatus)
  @Column({ type: "varchar", length: 30 })
  status!: PlaceStatus;

  @Field()
  @Column({ type: "varchar", length: 300 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 300, nullable: true })
  address!: string | null;

  @CoordinateColumn()
  latitude!: number | null;

  @CoordinateColumn()
  longitude!: number | null;

  @Field(() => Int, { nullable: true, description: "Public computers, where the source states them; null where it does not." })
  @Column({ type: "integer", nullable: true })
  workstations!: number | null;

  @Field(() => Float, { nullable: true, description: "Hours a week of public computer use, where the source states them." })
  @Column({ name: "weekly_open_hours", type: "double precision", nullable: true })
  weeklyOpenHours!: number | null;

  @Field(() => String, { nullable: true, description: "The file the department imported the place from, or `DL Hub demo data`." })
  @Column({ name: "source_dataset", type: "varchar", length: 200, nullable: true })
  sourceDataset!: string | null;

  @Field(() => DateTime, { nullable: true, description: "When the department imported the place; null for demo data." })
  @Column({ name: "source_imported_at", type: "timestamptz", nullable: true })
  sourceImportedAt!: Date | null;

  @Field({ description: "True for DL Hub's demo data." })
  @Column({ name: "is_demo", type: "boolean" })
  isDemo!: boolean;

  /** The place this one is inside (a KEYSPOT's recreation centre), when its department knows it. */
  @Column({ name: "host_place_id", type: "varchar", length: 300, nullable: true })
  hostPlaceId!: string | null;

  @Column({ name: "neighborhood_id", type: "varchar", length: 120, nullable: true })
  neighborhoodId!: string | null;

  @Column({ name: "planning_district_id", type: "varchar", length: 120, nullable: true })
  planningDistrictId!: string | null;

  @Field(() => String, { nullable: true, description: "The 2010 census tract (GEOID) the place lies in." })
  @Column({ name: "tract_geoid", type: "varchar", length: 20, nullable: true })
  tractGeoid!: string | null;

  @Field(() => DateTime, { description: "When the hub last copied the place from its department." })
  @Column({ name: "synced_at", type: "timestamptz" })
  syncedAt!: Date;
}
