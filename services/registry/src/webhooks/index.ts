export { DEFAULT_DELIVERY_SETTINGS, type DeliverySettings, WebhookDispatcher } from "./dispatcher.js";
export { type SubgraphDeleted, recordEvent, recordSubgraphDeleted } from "./outbox.js";
export { webhookRoutes } from "./routes.js";
export { Webhooks } from "./store.js";
