export { answerClusterMetrics } from "./cluster-metrics.js";
export { BoundedLabel, ServiceMetrics, mountMetrics, serviceMetrics } from "./metrics.js";
export { graphqlMetricsPlugin } from "./graphql-metrics.js";
export { httpMetrics } from "./http-metrics.js";
export { observePool } from "./pool-metrics.js";
export { SERVICE_ATTRIBUTE, serviceScope, traceFields, tracingStarted, withTraceContext } from "./service-scope.js";
export { metricsEnabled, tracingSettings, type TracingSettings } from "./settings.js";
export { observeHttp, observeService, type ServiceObservability } from "./observe-service.js";
