import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { Audience, InitiativeKind, InitiativeStatus, Language, Pillar } from "./enums.js";
import { DateTime, LocalDate } from "./scalars.js";

/**
 * The contract fields every initiative carries, in a department and in the hub's catalog alike,
 * as one class that is both the TypeORM columns and the GraphQL fields.
 */
@ObjectType()
export abstract class InitiativeContractFields {
  @Field({ description: "The department's stable key for this initiative, e.g. `keyspot-network`." })
  @Column({ type: "varchar", length: 120, unique: true })
  slug!: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field()
  @Column({ type: "text" })
  summary!: string;

  @Field(() => InitiativeKind)
  @Column({ type: "varchar", length: 40 })
  kind!: InitiativeKind;

  @Field(() => InitiativeStatus)
  @Column({ type: "varchar", length: 20 })
  status!: InitiativeStatus;

  @Field(() => [Audience])
  @Column({ type: "text", array: true, default: () => "'{}'" })
  audiences!: Audience[];

  @Field(() => [Language])
  @Column({ type: "text", array: true, default: () => "'{}'" })
  languages!: Language[];

  @Field(() => [Pillar])
  @Column({ type: "text", array: true, default: () => "'{}'" })
  pillars!: Pillar[];

  @Field(() => LocalDate)
  @Column({ name: "start_date", type: "date" })
  startDate!: string;

  @Field(() => LocalDate, { nullable: true, description: "Null while the initiative has no planned end." })
  @Column({ name: "end_date", type: "date", nullable: true })
  endDate!: string | null;

  @Field({ description: "True for DL Hub's demo data (invented, plausible, not official); never true for an imported or edited real record." })
  @Column({ name: "is_demo", type: "boolean", default: false })
  isDemo!: boolean;
}

/**
 * A department's initiative: the contract fields with the department's own identity and times.
 * A department's initiative entity extends it and names its own GraphQL type
 * (`LibraryInitiative`, `ParksInitiative`, …); `department`, `sites`, `partners` and `outcomes`
 * are resolved by the subgraph kit through per-request loaders.
 */
@ObjectType()
export abstract class InitiativeContract extends InitiativeContractFields {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Field(() => DateTime)
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @Field(() => DateTime)
  @UpdateDateColumn({ name: "updated_at", type: "timestamptz" })
  updatedAt!: Date;

  /** Raised by a database trigger on every change, whoever writes (an editor, an importer, the seed). */
  @Field(() => Int, { description: "Raised by every change. An update sends back the version it read and is refused if the initiative changed since." })
  @Column({ type: "integer", default: 1 })
  version!: number;
}
