import { z } from "zod";
import { DELIVERY_STATUSES, REPORTED_EVENTS, WEBHOOK_EVENTS } from "@dlhub/schema";
import { subgraphName } from "../inputs.js";

const isHttpUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
};

const eventName = z.enum(WEBHOOK_EVENTS, { error: (issue) => `unknown event ${JSON.stringify(issue.input)}; one of ${WEBHOOK_EVENTS.join(", ")}` });

export const webhookInput = z.object({
  url: z.string().max(2000, "url is too long").refine(isHttpUrl, "url must be an http:// or https:// URL"),
  events: z
    .array(eventName)
    .min(1, "name at least one event")
    .transform((events) => [...new Set(events)]),
});

export const webhookId = z.uuid("a webhook id is a UUID, as `dlhub webhooks list` shows it");

export const deliveryFilter = z.object({
  webhook: webhookId.optional(),
  event: eventName.optional(),
  status: z.enum(DELIVERY_STATUSES, { error: `status must be one of ${DELIVERY_STATUSES.join(", ")}` }).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export const syncReport = z.object({
  type: z.enum(REPORTED_EVENTS, { error: `type must be one of ${REPORTED_EVENTS.join(", ")}` }),
  department: subgraphName,
  lastSyncedAt: z.iso.datetime({ offset: true }).nullable(),
  lastError: z.string().max(500).nullable(),
});
