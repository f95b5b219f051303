import { type WebhookDelivery, WEBHOOK_EVENTS } from "@dlhub/schema";
import { type Command, type CommandGroup } from "./command.js";
import { usageError } from "./io.js";

/**
 * `dlhub webhooks …`: the coordinator's subscriptions to the registry's events. The registry checks
 * the URL and event names; the CLI only checks that they were given, so both say the same thing.
 */

const webhooksAdd: Command = {
  name: "add",
  summary: "send the registry's events to a URL, signed; prints the signing secret once",
  synopsis: "--url <url> --events <event,event…>",
  options: {
    url: { type: "string", value: "<url>", description: "where to POST the events (http:// or https://)" },
    events: { type: "string", value: "<list>", description: `comma-separated: ${WEBHOOK_EVENTS.join(", ")}` },
  },
  async run(context) {
    const { url, events } = context.values;
    if (typeof url !== "string" || url === "") throw usageError("--url <url> is required.");
    if (typeof events !== "string" || events.trim() === "") throw usageError(`--events is required: a comma-separated list of ${WEBHOOK_EVENTS.join(", ")}.`);
    const created = await context.registry().addWebhook({ url, events: events.split(",").map((event) => event.trim()).filter(Boolean) });
    return {
      text: [
        `Webhook ${created.webhook.id} sends ${created.webhook.events.join(", ")} to ${created.webhook.url}.`,
        `Signing secret (shown only now; keep it in the receiver's secrets): ${created.secret}`,
      ],
      data: created,
    };
  },
};

const webhooksList: Command = {
  name: "list",
  summary: "list the webhooks (without their secrets)",
  synopsis: "",
  options: {},
  async run(context) {
    const webhooks = await context.registry().webhooks();
    if (webhooks.length === 0) return { text: ["No webhooks. Add one with `dlhub webhooks add --url <url> --events <list>`."], data: webhooks };
    return {
      text: [`Webhooks (${webhooks.length}):`, ...webhooks.map((w) => `  - ${w.id}  ${w.url}  ${w.events.join(",")}  added ${w.createdAt} by ${w.createdBy}`)],
      data: webhooks,
    };
  },
};

const webhooksRemove: Command = {
  name: "remove",
  summary: "stop sending events to a webhook; its pending deliveries and log go with it",
  synopsis: "<id>",
  positionals: { min: 1, max: 1 },
  options: {},
  async run(context) {
    const removed = await context.registry().removeWebhook(context.positionals[0] as string);
    return { text: [`Removed webhook ${removed.id} (${removed.url}).`], data: removed };
  },
};

const webhooksDeliveries: Command = {
  name: "deliveries",
  summary: "show the delivery log, newest first, with every attempt",
  synopsis: "[--webhook <id>] [--event <event>] [--status pending|delivered|failed] [--limit <n>]",
  options: {
    webhook: { type: "string", value: "<id>", description: "only this webhook's deliveries" },
    event: { type: "string", value: "<event>", description: "only deliveries of this event" },
    status: { type: "string", value: "<status>", description: "pending, delivered or failed" },
    limit: { type: "string", value: "<n>", description: "at most this many (default 100)" },
  },
  async run(context) {
    const filter: Record<string, string> = {};
    for (const key of ["webhook", "event", "status", "limit"]) {
      const value = context.values[key];
      if (typeof value === "string") filter[key] = value;
    }
    const limit = filter.limit === undefined ? undefined : /^\d+$/.test(filter.limit) ? Number(filter.limit) : NaN;
    if (Number.isNaN(limit)) throw usageError(`--limit must be a whole number, got ${JSON.stringify(filter.limit)}.`);
    const deliveries = await context.registry().webhookDeliveries({ ...filter, limit });
    if (deliveries.length === 0) return { text: ["No deliveries match."], data: deliveries };
    return { text: deliveries.flatMap(describeDelivery), data: deliveries };
  },
};

function describeDelivery(delivery: WebhookDelivery): string[] {
  const next = delivery.nextAttemptAt ? `, next attempt ${delivery.nextAttemptAt}` : "";
  return [
    `${delivery.id}  ${delivery.event}  ${delivery.status}  webhook ${delivery.webhookId}  event ${delivery.eventId}${next}`,
    ...delivery.attempts.map((a) => `    attempt ${a.attempt} at ${a.at}: ${a.statusCode ?? "no answer"}${a.error ? ` (${a.error})` : ""} in ${a.durationMs} ms`),
  ];
}

export const webhooks: CommandGroup = {
  name: "webhooks",
  summary: "send the registry's events (publish, refused check, rollback, …) to signed webhooks",
  children: [webhooksAdd, webhooksList, webhooksRemove, webhooksDeliveries],
};
