/**
 * Who may do what across DL Hub. Anonymous callers carry no role and see only what the City
 * publishes; every other caller is named by a token the gateway has verified.
 */
export enum Role {
  /** The digital-literacy coordinator: reads everything, writes only the hub's coordination data. */
  COORDINATOR = "coordinator",
  /** A department editor: writes only its own department's data. */
  EDITOR = "editor",
  /** A department publisher: publishes only its own subgraph to the registry. */
  PUBLISHER = "publisher",
  /**
   * A DL Hub service reporting to the registry in its own name (the gateway's usage reports, the
   * hub's sync alerts): never a person, so it may only report, not publish or administer.
   */
  SERVICE = "service",
}

export interface Identity {
  /** The token's subject, e.g. a person's e-mail or a CI job's name; written to audit logs. */
  subject: string;
  roles: Role[];
  /** The subgraph name an editor or publisher acts for, e.g. `libraries`. */
  department?: string;
}

export const ANONYMOUS: Identity = Object.freeze({ subject: "anonymous", roles: [] as Role[] }) as Identity;

/** No token was presented (or none could be checked): the caller sees only what is public. */
export const isAnonymous = (identity: Identity): boolean => identity.subject === ANONYMOUS.subject && identity.roles.length === 0;

export const hasRole = (identity: Identity, role: Role): boolean => identity.roles.includes(role);

/** A department role only counts for the department named in the same token. */
export const actsFor = (identity: Identity, role: Role.EDITOR | Role.PUBLISHER, department: string): boolean =>
  hasRole(identity, role) && identity.department === department;
