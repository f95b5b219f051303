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
}

export const CONTRACT_RULE_DESCRIPTIONS: Record<ContractRule, string> = {
  [ContractRule.INVALID_SDL]: "The subgraph SDL parses and defines every type it names.",
  [ContractRule.FEDERATION_2]:
    'The subgraph links Federation 2: `extend schema @link(url: "https://specs.apollo.dev/federation/v2.x", …)`.',
  [ContractRule.SHARED_ENUM]:
    "Every contract enum the subgraph defines has exactly the contract's values, in the contract's order.",
  [ContractRule.SHARED_SCALAR]: "Every contract scalar the subgraph defines is a scalar.",
  [ContractRule.DETAIL_FIELD]:
    "The subgraph extends the hub's `Initiative` entity (@key id, external department) with exactly one field, named after the department, that requires `department` and returns the department's initiative type.",
  [ContractRule.CONTRACT_FIELDS]:
    "The department's initiative type has every contract field, each with the contract's type.",
  [ContractRule.HUB_TYPES]:
    "The subgraph redefines no hub type: a type it shares with the hub is `Initiative`, a contract enum or scalar, an entity it extends by the hub's key, or a @shareable value type with the same fields.",
  [ContractRule.FEED]: "The department serves its change feeds: GET /initiative-feed?limit=1 and GET /place-feed?limit=1 answer.",
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
