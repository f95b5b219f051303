import { DEPARTMENT_ID_DESCRIPTION, DateTime, InitiativeContractFields } from "@dlhub/schema";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * An initiative of any department as the hub's catalog holds it: the contract fields, synced from
 * the department's feed. Departments add their own detail fields to this entity
 * (`Initiative.library`, `Initiative.parks`, …) in their subgraphs.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: "A digital-literacy initiative of any department, from the hub's catalog." })
@Entity("catalog_initiative")
export class Initiative extends InitiativeContractFields {
  @Field(() => ID, { description: "The department's id for the initiative, unique across the hub." })
  @PrimaryColumn({ type: "uuid" })
  id!: string;

  /** Its name and the deprecated enum `department` are resolved from it (InitiativeDepartmentResolver). */
  @Field(() => ID, { description: DEPARTMENT_ID_DESCRIPTION })
  @Column({ name: "department_id", type: "varchar", length: 60 })
  departmentId!: string;

  /** The subgraph whose feed the row came from: the same as `departmentId`, which the sync makes sure of. */
  @Column({ type: "varchar", length: 60 })
  source!: string;

  @Field(() => DateTime, { description: "When the department last changed the initiative." })
  @Column({ name: "source_updated_at", type: "timestamptz" })
  sourceUpdatedAt!: Date;

  @Field(() => DateTime, { description: "When the hub last copied the initiative from the department." })
  @Column({ name: "synced_at", type: "timestamptz" })
  syncedAt!: Date;
}
