export { type CheckContractOptions, checkContract } from "./check-contract.js";
export { detailFieldFor } from "./detail-field-name.js";
export { CONTRACT_RULE_DESCRIPTIONS, type ContractProblem, type ContractReport, ContractRule } from "./rules.js";
export { HUB_SUBGRAPH } from "./hub-subgraph.js";
