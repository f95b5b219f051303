import type { OutcomeGrouping, OutcomeMetricKind } from "../graphql/generated/graphql";

export const METRICS: Record<OutcomeMetricKind, string> = {
  PEOPLE_TRAINED: "People trained",
  TRAINING_HOURS: "Training hours",
  VISITS: "Visits",
  DEVICES_DISTRIBUTED: "Devices distributed",
  CONNECTIONS_ENROLLED: "Connections enrolled",
  BUSINESSES_SERVED: "Businesses served",
};

// DEPARTMENT (keyed by the closed Department list) is deprecated: departments are grouped by registered id.
export const GROUPINGS: Record<Exclude<OutcomeGrouping, "DEPARTMENT">, string> = {
  DEPARTMENT_ID: "By department",
  QUARTER: "By quarter",
  NEIGHBORHOOD: "By neighborhood",
  AUDIENCE: "By audience",
};
