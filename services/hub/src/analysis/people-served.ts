import { OutcomeMetricKind } from "@dlhub/schema";

/**
 * The outcome metrics that each count a resident helped: trained, connected to a subscription, or
 * given a device. VISITS, TRAINING_HOURS and BUSINESSES_SERVED measure something else and stay out.
 */
export const PEOPLE_SERVED_METRICS = [
  OutcomeMetricKind.PEOPLE_TRAINED,
  OutcomeMetricKind.CONNECTIONS_ENROLLED,
  OutcomeMetricKind.DEVICES_DISTRIBUTED,
] as const;
