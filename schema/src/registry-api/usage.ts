/**
 * Usage from real traffic: what the gateway reports to the registry (POST /usage) and what the
 * registry answers about it (GET /usage, `dlhub usage`). Coordinates use the GraphQL spec's syntax:
 * `Type.field`, `Type.field(arg:)`, `Enum.VALUE`, `Input.field`.
 */

/** How often one client ran one operation since the last report, and what that operation uses. */
export interface UsageOperation {
  /** The `apollographql-client-name` header, else "unknown". */
  client: string;
  /** The `apollographql-client-version` header, else "". */
  clientVersion: string;
  /** The operation's name; "" for an anonymous operation. */
  operationName: string;
  /** sha256 of the document, hex. */
  operationHash: string;
  coordinates: string[];
  count: number;
}

/** One batch from a gateway. `dropped` counts requests it could not hold (its memory cap was reached). */
export interface UsageReport {
  operations: UsageOperation[];
  dropped: number;
}

/** A coordinate some client used within the window, with who and how often. */
export interface UsedCoordinate {
  coordinate: string;
  count: number;
  clients: string[];
  /** Operations as `client/name` (`client/(anonymous) <hash prefix>` without a name). */
  operations: string[];
  /** ISO 8601. */
  lastSeen: string;
}

/** A field of the live API schema no client used within the window. */
export interface UnusedField {
  coordinate: string;
  deprecated: boolean;
  /** Deprecated and unused for the whole window: a publish removing it passes the usage check. */
  removable: boolean;
}

export interface UsageSummary {
  days: number;
  /** The start of the window, ISO 8601. */
  since: string;
  /** Only this subgraph's coordinates, when asked for. */
  subgraph: string | null;
  used: UsedCoordinate[];
  unused: UnusedField[];
}

/** A check finding: a change that breaks or removes a coordinate clients used within the window. */
export interface BrokenUsage {
  coordinate: string;
  /** The change that reaches it, as in `changes`: graphql-inspector's type and message. */
  change: { type: string; message: string; deprecationReason?: string };
  clients: string[];
  operations: string[];
  count: number;
  lastSeen: string;
}
