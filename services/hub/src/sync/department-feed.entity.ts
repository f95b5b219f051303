import { DEPARTMENT_ID_DESCRIPTION, DateTime } from "@dlhub/schema";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** One department's feed as the hub follows it: where, how far, and how fresh. */
@ObjectType("DepartmentSync", { description: "How fresh the catalog's copy of one department's initiatives is." })
@Entity("department_feed")
export class DepartmentFeed {
  @Field({ description: "The department's subgraph name, e.g. `libraries`." })
  @PrimaryColumn({ type: "varchar", length: 60 })
  name!: string;

  /**
   * The department id the feed's pages state, once one is read; always `name`, since a page
   * stating another is refused (page-department.ts).
   */
  @Column({ name: "department_id", type: "varchar", length: 60, nullable: true })
  statedDepartmentId!: string | null;

  /** The feed's name is the department's registered id: the registry publishes a subgraph only under its department's id. */
  @Field(() => ID, { name: "departmentId", description: DEPARTMENT_ID_DESCRIPTION })
  get departmentId(): string {
    return this.name;
  }

  @Column({ name: "feed_url", type: "varchar", length: 500 })
  feedUrl!: string;

  @Column({ type: "varchar", length: 200, nullable: true })
  cursor!: string | null;

  @Column({ name: "place_cursor", type: "varchar", length: 200, nullable: true })
  placeCursor!: string | null;

  @Field(() => DateTime, { nullable: true, description: "The last time the hub knew it held all of the department's places: it read the place feed to its end, or found the department's data unchanged since it last did." })
  @Column({ name: "places_synced_at", type: "timestamptz", nullable: true })
  placesSyncedAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: "The last time the hub knew it held all of the department's initiatives: it read the feed to its end, or found the department's data unchanged since it last did." })
  @Column({ name: "last_synced_at", type: "timestamptz", nullable: true })
  lastSyncedAt!: Date | null;

  @Field(() => DateTime, { nullable: true })
  @Column({ name: "last_attempt_at", type: "timestamptz", nullable: true })
  lastAttemptAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Why the last attempt failed; null when it succeeded." })
  @Column({ name: "last_error", type: "text", nullable: true })
  lastError!: string | null;
}
