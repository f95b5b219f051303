import { type DataSource, type EntityManager } from "typeorm";
import { ClientError, type DepartmentRegistration, ErrorCode, HUB_SUBGRAPH, type Identity, type RegisteredDepartment, badRequest, conflict } from "@dlhub/schema";
import { parseInput } from "../inputs.js";
import { departmentInput } from "./inputs.js";

interface DepartmentRow {
  id: string;
  name: string;
  contact: string | null;
  registered_by: string;
  registered_at: Date;
}

const COLUMNS = "id, name, contact, registered_by, registered_at";

const departmentRecord = (row: DepartmentRow): RegisteredDepartment => ({
  id: row.id,
  name: row.name,
  contact: row.contact,
  registeredBy: row.registered_by,
  registeredAt: row.registered_at.toISOString(),
});

/** The departments the coordinator registered; a department's subgraph is accepted only once it is one. */
export class Departments {
  constructor(private readonly db: DataSource) {}

  /**
   * Registering the same department again answers the record as it stands, so a coordinator's
   * script may run twice; the same id with another name or contact is a CONFLICT, never an
   * overwrite (renaming a department is a decision, not a side effect of a typo).
   */
  async register(input: unknown, identity: Identity): Promise<DepartmentRegistration> {
    const { id, name, contact } = parseInput(departmentInput, input, "department");
    if (id === HUB_SUBGRAPH) throw badRequest(`Invalid department: "${HUB_SUBGRAPH}" is the coordinator's own subgraph, not a department.`);
    // ON CONFLICT DO NOTHING: two coordinators registering at once cannot both insert, and neither fails with a 500.
    const inserted = (await this.db.query(
      `INSERT INTO department (id, name, contact, registered_by) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING RETURNING ${COLUMNS}`,
      [id, name, contact, identity.subject],
    )) as DepartmentRow[];
    if (inserted[0]) return { department: departmentRecord(inserted[0]), created: true };
    const existing = await this.find(this.db.manager, id);
    if (!existing) throw new Error(`department ${id} neither inserted nor found`);
    if (existing.name !== name || existing.contact !== contact) {
      const contactText = existing.contact === null ? "no contact" : `contact ${existing.contact}`;
      throw conflict(`Department ${id} is already registered as ${JSON.stringify(existing.name)} with ${contactText}; registering it again with other data changes nothing.`);
    }
    return { department: existing, created: false };
  }

  async list(): Promise<RegisteredDepartment[]> {
    const rows = (await this.db.query(`SELECT ${COLUMNS} FROM department ORDER BY id`)) as DepartmentRow[];
    return rows.map(departmentRecord);
  }

  /**
   * Refuses a subgraph (and so the publisher token naming it) for a department nobody registered;
   * the hub subgraph is the coordinator's own and is exempt. Run before anything is judged or stored.
   */
  async assertRegistered(manager: EntityManager, subgraph: string): Promise<void> {
    if (subgraph === HUB_SUBGRAPH || (await this.find(manager, subgraph))) return;
    throw new ClientError(
      ErrorCode.DEPARTMENT_NOT_REGISTERED,
      `No department ${subgraph} is registered with the registry, so its subgraph cannot be published or checked. ` +
        `Ask the coordinator to register it: dlhub department register ${subgraph} --name "<the department's name>" [--contact <e-mail>].`,
    );
  }

  private async find(manager: EntityManager, id: string): Promise<RegisteredDepartment | null> {
    const rows = (await manager.query(`SELECT ${COLUMNS} FROM department WHERE id = $1`, [id])) as DepartmentRow[];
    return rows[0] ? departmentRecord(rows[0]) : null;
  }
}
