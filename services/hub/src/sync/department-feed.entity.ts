import { DateTime, Department } from "@dlhub/schema";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/** One department's feed as the hub follows it: where, how far, and how fresh. */
@ObjectType("DepartmentSync", { description: "How fresh the catalog's copy of one department's initiatives is." })
@Entity("department_feed")
export class DepartmentFeed {
  @Field({ description: "The department's subgraph name, e.g. `libraries`." })
  @PrimaryColumn({ type: "varchar", length: 60 })
  name!: string;

  @Field(() => Department, { nullable: true, description: "The department the feed says it is; null until its first page is read." })
  @Column({ type: "varchar", length: 40, nullable: true })
  department!: Department | null;

  @Column({ name: "feed_url", type: "varchar", length: 500 })
  feedUrl!: string;

  @Column({ type: "varchar", length: 200, nullable: true })
  cursor!: string | null;

  @Column({ name: "place_cursor", type: "varchar", length: 200, nullable: true })
  placeCursor!: string | null;

  @Field(() => DateTime, { nullable: true, description: "The last time the hub read the department's place feed to its end." })
  @Column({ name: "places_synced_at", type: "timestamptz", nullable: true })
  placesSyncedAt!: Date | null;

  @Field(() => DateTime, { nullable: true, description: "The last time the hub read the department's feed to its end." })
  @Column({ name: "last_synced_at", type: "timestamptz", nullable: true })
  lastSyncedAt!: Date | null;

  @Field(() => DateTime, { nullable: true })
  @Column({ name: "last_attempt_at", type: "timestamptz", nullable: true })
  lastAttemptAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Why the last attempt failed; null when it succeeded." })
  @Column({ name: "last_error", type: "text", nullable: true })
  lastError!: string | null;
}
