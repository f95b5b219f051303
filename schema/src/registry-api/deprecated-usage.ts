/**
 * The check report's warnings about deprecated coordinates of the candidate's API schema that
 * clients still use. Never a reason to refuse: they tell a department whom to talk to before a
 * deprecated field, argument or enum value can go.
 */

/** A saved operation (or persisted document) selecting or sending a deprecated coordinate. */
export interface DeprecatedOperationUse {
  client: string;
  /** The saved operation's name. */
  name: string;
  /** `Type.field`, `Type.field(arg:)`, `Enum.VALUE` or `Input.field`. */
  coordinate: string;
  /** The deprecation reason the candidate's API schema gives. */
  reason: string;
}

/** A deprecated coordinate seen in real traffic within the registry's usage window. */
export interface DeprecatedTrafficUse {
  coordinate: string;
  clients: string[];
  count: number;
  /** ISO 8601. */
  lastSeen: string;
  reason: string;
  /**
   * True when every request counted here ran a document its client has since replaced: the client
   * registers operations and this hash is not among them, so the use does not protect the coordinate.
   */
  retired: boolean;
}

/** At most DEPRECATED_USAGE_SHOWN rows of each kind, most used first; the rest are only counted. */
export interface DeprecatedUsage {
  operations: DeprecatedOperationUse[];
  /** How many more saved-operation uses there were than listed. */
  operationsNotShown: number;
  traffic: DeprecatedTrafficUse[];
  trafficNotShown: number;
}

/** Bounds the section, so a graph with many deprecations keeps a report a person can read. */
export const DEPRECATED_USAGE_SHOWN = 50;
