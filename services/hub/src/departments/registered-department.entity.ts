import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * A department the registry names (GET /departments), as the hub last read it. The hub keeps its
 * own copy so that every answer can carry the department's name with one statement at most, and
 * keeps answering with the last names it read while the registry is away.
 */
@Entity("registered_department")
export class RegisteredDepartment {
  /** The registered id, e.g. `arts-culture`: the department's subgraph name and its feed's name. */
  @PrimaryColumn({ type: "varchar", length: 60 })
  id!: string;

  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Column({ type: "varchar", length: 200, nullable: true })
  contact!: string | null;

  /** When the hub first read the department's name and contact as they are now. */
  @Column({ name: "changed_at", type: "timestamptz" })
  changedAt!: Date;
}
