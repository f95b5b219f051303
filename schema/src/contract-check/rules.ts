/**
 * The hub contract's rules as stable codes. The codes are what a CLI prints and a CI log is searched
 * for, so they never change meaning; a new rule gets a new code. The descriptions are the one place
 * the rules are written down in words (a `--explain` or the docs can print them).
 */
export enum ContractRule {
  /** The SDL does not parse or names a type it does not define; no other rule can be checked. */
  INVALID_SDL = "INVALID_SDL",
  FEDERATION_2 = "FEDERATION_2",
  SHARED_ENUM = "SHARED_ENUM",
  SHARED_SCALAR = "SHARED_SCALAR",
  DETAIL_FIELD = "DETAIL_FIELD",
  CONTRACT_FIELDS = "CONTRACT_FIELDS",
  HUB_TYPES = "HUB_TYPES",
  FEED = "FEED",
  /** The feeds name another department than the one publishing (judged by the registry at publish). */
  FEED_DEPARTMENT = "FEED_DEPARTMENT",
}

export const CONTRACT_RULE_DESCRIPTIONS: Record<ContractRule, string> = {
  [ContractRule.INVALID_SDL]: "The subgraph SDL parses and defines every type it names.",
  [ContractRule.FEDERATION_2]:
    'The subgraph links Federation 2: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.x", …)`.',
  [ContractRule.SHARED_ENUM]:
    "Every contract enum the subgraph defines has exactly the contract's values, in the contract's order.",
  [ContractRule.SHARED_SCALAR]: "Every contract scalar the subgraph defines is a scalar.",
  [ContractRule.DETAIL_FIELD]:
    "The subgraph extends the hub's `Initiative` entity (@key id, `departmentId: ID! @external`) with exactly one field, named after the department, that requires `departmentId` and returns the department's initiative type.",
  [ContractRule.CONTRACT_FIELDS]:
    "The department's initiative type has every contract field, each with the contract's type, `departmentId: ID!` (its registered id) among them; `department`, the closed enum, is optional and when served is `Department!` and deprecated.",
  [ContractRule.HUB_TYPES]:
    "The subgraph redefines no hub type: a type it shares with the hub is `Initiative`, a contract enum or scalar, an entity it extends by the hub's key, or a @shareable value type with the same fields.",
  [ContractRule.FEED]: "The department serves its change feeds: GET /initiative-feed?limit=10 and GET /place-feed?limit=10 answer.",
  [ContractRule.FEED_DEPARTMENT]:
    "The first page of each change feed names the publishing department: its `departmentId` (else its legacy `department`) and every row's are the subgraph's name, the department's registered id.",
};

export interface ContractProblem {
  rule: ContractRule;
  /** The type at fault, when there is one. */
  type?: string;
  /** The field at fault, or for SHARED_ENUM the enum value. */
  field?: string;
  message: string;
}

export interface ContractReport {
  ok: boolean;
  problems: ContractProblem[];
}
