import { type Change, CriticalityLevel, diff } from "@graphql-inspector/core";
import { type ChangeCriticality } from "@dlhub/schema";
import { type GraphQLSchema } from "graphql";

const CRITICALITY: Record<CriticalityLevel, ChangeCriticality> = {
  [CriticalityLevel.Breaking]: "BREAKING",
  [CriticalityLevel.Dangerous]: "DANGEROUS",
  [CriticalityLevel.NonBreaking]: "SAFE",
};

export const criticalityOf = (change: Change): ChangeCriticality => CRITICALITY[change.criticality.level];

/** Every difference between two API schemas, as graphql-inspector rates it for any client. */
export function apiSchemaChanges(live: GraphQLSchema, candidate: GraphQLSchema): Promise<Change[]> {
  return diff(live, candidate);
}
