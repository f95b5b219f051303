import { type DataSource } from "typeorm";
import { startWebhookReceiver, waitFor, type WebhookReceiver } from "@dlhub/subgraph-kit/testing";
import { EVENT_ID_HEADER, RegistryError, Role, type WebhookEventBody, verifyWebhookSignature } from "@dlhub/schema";
import { openRegistryDatabase, recordSubgraphDeleted } from "../src/index.js";
import { type RegistryFixture, committedSdl, edit, publishCommitted, startRegistryFixture } from "./registry-fixtures.js";

/**
 * Webhooks end to end: the registry service on its own database, a receiver on port 0 in this
 * process, deliveries checked with the sample verifier a department would copy.
 */
let fixture: RegistryFixture;
let receiver: WebhookReceiver;
let db: DataSource;
let secret: string;
let committedVersion: number;

const FAST = { retryBaseMs: 20, pollIntervalMs: 25, timeoutMs: 2000 };
const events = () => receiver.received.map((request) => ({ request, event: JSON.parse(request.body) as WebhookEventBody }));
const received = (predicate: (event: WebhookEventBody) => boolean, what: string) =>
  waitFor(() => events().find(({ event }) => predicate(event)), what);

beforeAll(async () => {
  fixture = await startRegistryFixture("registry_webhooks", { webhooks: FAST });
  receiver = await startWebhookReceiver();
  ({ dataSource: db } = await openRegistryDatabase(fixture.databaseUrl));
  const coordinator = await fixture.coordinator();
  ({ secret } = await coordinator.addWebhook({ url: `${receiver.url}/hooks`, events: ["subgraph.published", "check.refused", "supergraph.rolled_back", "department.sync_behind"] }));
  committedVersion = await publishCommitted(fixture);
});
afterAll(async () => {
  await db?.destroy();
  await receiver?.stop();
  await fixture?.stop();
});

describe("subgraph.published", () => {
  it("is delivered signed; the sample verifier accepts it and refuses a tampered body or another secret", async () => {
    const { request, event } = await received((e) => e.type === "subgraph.published" && e.data.supergraph !== undefined && (e.data.supergraph as { version: number }).version === committedVersion, "the last committed publish's event");
    expect(event.data).toMatchObject({ subgraph: { name: "parks", publishedBy: "ci-parks" }, supergraph: { version: committedVersion } });
    expect(request.headers[EVENT_ID_HEADER.toLowerCase()]).toBe(event.id);
    expect(request.headers["dlhub-event"]).toBe("subgraph.published");
    const header = request.headers["dlhub-signature"] as string;
    expect(verifyWebhookSignature({ secret, header, body: request.body })).toMatchObject({ ok: true });
    expect(verifyWebhookSignature({ secret, header, body: request.body.replace("ci-parks", "ci-mallory") })).toEqual({ ok: false, reason: "mismatch" });
    expect(verifyWebhookSignature({ secret: `${secret}x`, header, body: request.body })).toEqual({ ok: false, reason: "mismatch" });
    // One event per publish: the five committed subgraphs, each delivered once, at the first attempt.
    expect(events().filter(({ event: e }) => e.type === "subgraph.published")).toHaveLength(5);
    const log = await waitFor(async () => {
      const deliveries = await (await fixture.coordinator()).webhookDeliveries({ event: "subgraph.published" });
      return deliveries.every((d) => d.status === "delivered") && deliveries;
    }, "the deliveries marked delivered");
    expect(log.map((d) => [d.status, d.attempts.map((a) => a.statusCode)])).toEqual(Array(5).fill(["delivered", [204]]));
  });
});

describe("check.refused", () => {
  it("is sent for a refused publish and a failed check, and the refused publish sends no subgraph.published", async () => {
    const broken = edit(committedSdl("parks"), "type Query {\n", "type Query {\n  parksRevision: NoSuchType\n");
    const publisher = await fixture.publisher("parks");
    const refused = await publisher.publish("parks", { sdl: broken, routingUrl: fixture.routingUrl("parks") }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "CHECK_FAILED" });
    const report = await publisher.check("parks", { sdl: broken, routingUrl: fixture.routingUrl("parks") });
    expect(report.ok).toBe(false);
    const publish = await received((e) => e.type === "check.refused" && e.data.action === "publish", "check.refused for the publish");
    const check = await received((e) => e.type === "check.refused" && e.data.action === "check", "check.refused for the check");
    for (const { event } of [publish, check]) {
      expect(event.data).toMatchObject({ subgraph: "parks", message: expect.stringContaining("The parks subgraph failed its checks") });
      expect((event.data.report as { composition: { ok: boolean } }).composition.ok).toBe(false);
    }
    expect(await (await fixture.coordinator()).supergraph()).toMatchObject({ version: committedVersion });
    expect(events().filter(({ event }) => event.type === "subgraph.published")).toHaveLength(5);
  });
});

describe("the outbox", () => {
  it("records nothing for a publish whose transaction fails at commit, after the event row was written", async () => {
    // A deferred trigger fails the publish at COMMIT, after every statement (the event's too) has run.
    await db.query(`CREATE FUNCTION refuse_doomed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'doomed'; END $$`);
    await db.query(`CREATE CONSTRAINT TRIGGER doomed AFTER INSERT ON supergraph_version DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.created_by = 'doomed-ci') EXECUTE FUNCTION refuse_doomed()`);
    try {
      const before = await db.query(`SELECT count(*)::int AS n FROM webhook_event`);
      const doomed = fixture.client(await fixture.token({ subject: "doomed-ci", roles: [Role.PUBLISHER], department: "parks" }));
      const sdl = edit(committedSdl("parks"), "type Query {\n", "type Query {\n  parksDoomed: Int\n");
      const failure = await doomed.publish("parks", { sdl, routingUrl: fixture.routingUrl("parks") }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(RegistryError);
      expect(failure).toMatchObject({ status: 500, code: "INTERNAL_SERVER_ERROR" });
      expect(await db.query(`SELECT count(*)::int AS n FROM webhook_event`)).toEqual(before);
      expect(await db.query(`SELECT count(*)::int AS n FROM webhook_event WHERE data::text LIKE '%doomed-ci%'`)).toEqual([{ n: 0 }]);
    } finally {
      await db.query(`DROP TRIGGER doomed ON supergraph_version`);
      await db.query(`DROP FUNCTION refuse_doomed()`);
    }
  });
});

describe("supergraph.rolled_back", () => {
  it("is sent when the coordinator rolls back, naming both versions", async () => {
    const restored = await (await fixture.coordinator()).rollback(committedVersion - 1);
    const { event } = await received((e) => e.type === "supergraph.rolled_back", "supergraph.rolled_back");
    expect(event.data).toEqual({ version: restored.version, rolledBackTo: committedVersion - 1, rolledBackBy: "coordinator@phila.gov" });
  });
});

describe("subgraph.deleted", () => {
  it("is sent when the delete's transaction commits, and not when it rolls back", async () => {
    const coordinator = await fixture.coordinator();
    const { webhook } = await coordinator.addWebhook({ url: `${receiver.url}/deleted`, events: ["subgraph.deleted"] });
    // What the delete command does inside its own transaction, here without the rest of the delete.
    await db.transaction((manager) => recordSubgraphDeleted(manager, { subgraph: "commerce", supergraphVersion: 99, deletedBy: "coordinator@phila.gov" }).then(() => {
      throw new Error("the delete failed after recording its event");
    })).catch(() => undefined);
    const id = await db.transaction((manager) => recordSubgraphDeleted(manager, { subgraph: "parks", supergraphVersion: 100, deletedBy: "coordinator@phila.gov" }));
    const { event } = await received((e) => e.id === id, "subgraph.deleted");
    expect(event).toMatchObject({ type: "subgraph.deleted", data: { subgraph: "parks", supergraphVersion: 100, deletedBy: "coordinator@phila.gov" } });
    expect((await coordinator.webhookDeliveries({ webhook: webhook.id })).map((d) => d.eventId)).toEqual([id]);
    await coordinator.removeWebhook(webhook.id);
  });
});

describe("department.sync_behind via POST /events", () => {
  it("takes reports from a service token only and delivers them", async () => {
    const service = fixture.client(await fixture.token({ subject: "hub", roles: [Role.SERVICE] }));
    const report = { type: "department.sync_behind", department: "libraries", lastSyncedAt: null, lastError: "connect ECONNREFUSED" } as const;
    const forbidden = await (await fixture.publisher("libraries")).reportEvent(report).catch((error: unknown) => error);
    expect(forbidden).toMatchObject({ status: 403, code: "FORBIDDEN" });
    const bad = await service.reportEvent({ ...report, type: "subgraph.published" as never }).catch((error: unknown) => error);
    expect(bad).toMatchObject({ status: 400, code: "BAD_REQUEST" });
    const { id } = await service.reportEvent(report);
    const { event } = await received((e) => e.id === id, "the reported event");
    expect(event).toMatchObject({ type: "department.sync_behind", data: { department: "libraries", lastSyncedAt: null, lastError: "connect ECONNREFUSED", reportedBy: "hub" } });
  });
});

describe("managing webhooks", () => {
  it("never lists the secret", async () => {
    const listed = await (await fixture.coordinator()).webhooks();
    expect(listed).toHaveLength(1);
    expect(Object.keys(listed[0] as object).sort()).toEqual(["createdAt", "createdBy", "events", "id", "url"]);
    expect(JSON.stringify(listed)).not.toContain(secret);
  });

  it("refuses bad input with 400 BAD_REQUEST and a sentence, and other callers with 401/403", async () => {
    const coordinator = await fixture.coordinator();
    const refusal = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);
    expect(await refusal(coordinator.addWebhook({ url: "ftp://example.org/hook", events: ["subgraph.published"] }))).toMatchObject({
      status: 400, code: "BAD_REQUEST", message: "Invalid webhook: url: url must be an http:// or https:// URL",
    });
    expect(await refusal(coordinator.addWebhook({ url: receiver.url, events: ["subgraph.renamed"] }))).toMatchObject({
      status: 400, code: "BAD_REQUEST", message: expect.stringContaining('unknown event "subgraph.renamed"'),
    });
    expect(await refusal(coordinator.addWebhook({ url: receiver.url, events: [] }))).toMatchObject({ status: 400, code: "BAD_REQUEST" });
    expect(await refusal(coordinator.removeWebhook("not-a-uuid"))).toMatchObject({ status: 400, code: "BAD_REQUEST" });
    expect(await refusal(coordinator.removeWebhook("00000000-0000-4000-8000-000000000000"))).toMatchObject({ status: 404, code: "NOT_FOUND" });
    expect(await refusal(coordinator.webhookDeliveries({ status: "lost" }))).toMatchObject({ status: 400, code: "BAD_REQUEST" });
    expect(await refusal(fixture.client().webhooks())).toMatchObject({ status: 401, code: "UNAUTHENTICATED" });
    expect(await refusal((await fixture.publisher("parks")).addWebhook({ url: receiver.url, events: ["subgraph.published"] }))).toMatchObject({ status: 403, code: "FORBIDDEN" });
  });

  it("stops sending to a removed webhook", async () => {
    const coordinator = await fixture.coordinator();
    const { webhook } = await coordinator.addWebhook({ url: `${receiver.url}/removed`, events: ["supergraph.rolled_back"] });
    await coordinator.removeWebhook(webhook.id);
    await coordinator.rollback(committedVersion);
    await received((e) => e.type === "supergraph.rolled_back" && e.data.rolledBackTo === committedVersion, "the second rollback at the remaining webhook");
    expect(receiver.received.filter(({ path }) => path === "/removed")).toEqual([]);
    expect(await coordinator.webhookDeliveries({ webhook: webhook.id })).toEqual([]);
  });
});

describe("several registry copies", () => {
  it("send each delivery exactly once between them", async () => {
    const copy = await fixture.startCopy();
    try {
      const coordinator = await fixture.coordinator();
      const { webhook } = await coordinator.addWebhook({ url: `${receiver.url}/copies`, events: ["department.sync_recovered"] });
      const service = fixture.client(await fixture.token({ subject: "hub", roles: [Role.SERVICE] }));
      const report = { type: "department.sync_recovered", lastSyncedAt: new Date().toISOString(), lastError: null } as const;
      const ids = await Promise.all(Array.from({ length: 60 }, (_, i) => service.reportEvent({ ...report, department: `dept-${i}` }).then(({ id }) => id)));
      await waitFor(async () => {
        const deliveries = await coordinator.webhookDeliveries({ webhook: webhook.id, limit: 1000 });
        return deliveries.length === ids.length && deliveries.every((d) => d.status === "delivered");
      }, "all 60 deliveries to be delivered");
      const sent = receiver.received.filter(({ path }) => path === "/copies").map(({ body }) => (JSON.parse(body) as WebhookEventBody).id);
      expect(sent.sort()).toEqual([...ids].sort());
    } finally {
      await copy.close();
    }
  });
});
