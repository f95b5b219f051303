/**
 * A department as the registry holds it: registered by the coordinator before its publisher may
 * publish. Its id is its subgraph's name and the `department` a publisher token names.
 */
export interface RegisteredDepartment {
  /** Stable, e.g. `arts-culture`: the subgraph name rule (a-z, 0-9, '-', starting with a letter). */
  id: string;
  /** What people call it, e.g. "Office of Arts, Culture and the Creative Economy". */
  name: string;
  /** Who to ask about its data: an e-mail address or a line of text; null when none was given. */
  contact: string | null;
  /** The coordinator token's subject (or the migration that registered the first departments). */
  registeredBy: string;
  registeredAt: string;
}

/** What the coordinator sends to register a department. */
export interface DepartmentInput {
  id: string;
  name: string;
  contact?: string;
}

/** `created` is false when the same department was already registered with the same name and contact. */
export interface DepartmentRegistration {
  department: RegisteredDepartment;
  created: boolean;
}
