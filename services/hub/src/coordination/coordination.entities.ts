import { DateTime } from "@dlhub/schema";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from "typeorm";

export enum InitiativeLinkKind {
  REFERS_TO = "REFERS_TO",
  CO_LOCATED = "CO_LOCATED",
  FUNDS = "FUNDS",
  SUCCEEDED_BY = "SUCCEEDED_BY",
}
registerEnumType(InitiativeLinkKind, { name: "InitiativeLinkKind" });

/** A connection the coordinator records between two initiatives, often of different departments. */
@ObjectType()
@Entity("initiative_link")
export class InitiativeLink {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "from_id", type: "uuid" })
  fromId!: string;

  @Column({ name: "to_id", type: "uuid" })
  toId!: string;

  @Field(() => InitiativeLinkKind)
  @Column({ type: "varchar", length: 20 })
  kind!: InitiativeLinkKind;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  note!: string | null;

  @Field(() => DateTime)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}

/** The coordinator's note on an initiative; departments never see or change these. */
@ObjectType()
@Entity("coordinator_note")
export class CoordinatorNote {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "initiative_id", type: "uuid" })
  initiativeId!: string;

  @Field()
  @Column({ type: "text" })
  body!: string;

  @Field(() => DateTime)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  // Set by the database's clock on each edit, like createdAt; a note never edited has none.
  @Field(() => DateTime, { nullable: true, description: "When the coordinator last edited the note; null until then." })
  @Column({ name: "updated_at", type: "timestamptz", nullable: true })
  updatedAt!: Date | null;
}
