/**
 * The coordinator's own subgraph: it defines the hub types the contract check holds departments
 * to, so it is never checked against the contract itself and serves no initiative feed.
 */
export const HUB_SUBGRAPH = "hub";
