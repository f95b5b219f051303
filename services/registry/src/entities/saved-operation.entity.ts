import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** An operation a client (the coordinator's dashboard, a department site) relies on; see Registry.registerOperations. */
@Entity("saved_operation")
export class SavedOperationRow {
  @PrimaryGeneratedColumn("identity", { generatedIdentity: "ALWAYS" })
  id!: number;

  @Column({ type: "varchar", length: 41 })
  client!: string;

  @Column({ type: "varchar", length: 100 })
  name!: string;

  @Column({ type: "text" })
  document!: string;

  @Column({ type: "char", length: 64 })
  hash!: string;

  @Column({ name: "registered_at", type: "timestamptz" })
  registeredAt!: Date;

  @Column({ name: "registered_by", type: "text" })
  registeredBy!: string;
}
