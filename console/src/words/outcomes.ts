import type { OutcomeGrouping, OutcomeMetricKind } from "../graphql/generated/graphql";

export const METRICS: Record<OutcomeMetricKind, string> = {
  PEOPLE_TRAINED: "People trained",
  TRAINING_HOURS: "Training hours",
  VISITS: "Visits",
  DEVICES_DISTRIBUTED: "Devices distributed",
  CONNECTIONS_ENROLLED: "Connections enrolled",
  BUSINESSES_SERVED: "Businesses served",
};

export const GROUPINGS: Record<OutcomeGrouping, string> = {
  DEPARTMENT: "By department",
  QUARTER: "By quarter",
  NEIGHBORHOOD: "By neighborhood",
  AUDIENCE: "By audience",
};
