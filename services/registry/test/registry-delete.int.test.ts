import { startWebhookReceiver, waitFor, type WebhookReceiver } from "@dlhub/subgraph-kit/testing";
import { type SupergraphDocument, type WebhookEventBody } from "@dlhub/schema";
import { type RegistryFixture, committedSdl, publishCommitted, startRegistryFixture, refusal } from "./registry-fixtures.js";

/** Deleting a subgraph and comparing versions, over the registry's HTTP API on a real database. */
let fixture: RegistryFixture;
let committedVersion: number;
/** Subscribed to subgraph.deleted and check.refused: it hears of the one delete that happened, and why the others were refused. */
let receiver: WebhookReceiver;

const eventsOf = (type: string) => receiver.received.map((request) => JSON.parse(request.body) as WebhookEventBody).filter((event) => event.type === type);

beforeAll(async () => {
  fixture = await startRegistryFixture("registry_delete", { webhooks: { retryBaseMs: 20, pollIntervalMs: 25, timeoutMs: 2000 } });
  receiver = await startWebhookReceiver();
  await (await fixture.coordinator()).addWebhook({ url: `${receiver.url}/deleted`, events: ["subgraph.deleted", "check.refused"] });
  committedVersion = await publishCommitted(fixture);
});
afterAll(async () => {
  await receiver?.stop();
  await fixture?.stop();
});

const labsQuery = { name: "RecreationCenterLabs", document: "query RecreationCenterLabs { recreationCenters { name computerLabs { name } } }" };

describe("DELETE /subgraphs/:name", () => {
  it("is the coordinator's alone", async () => {
    expect(await refusal(fixture.client().deleteSubgraph("parks"))).toMatchObject({ status: 401, code: "UNAUTHENTICATED" });
    expect(await refusal((await fixture.publisher("parks")).deleteSubgraph("parks"))).toMatchObject({ status: 403, code: "FORBIDDEN" });
  });

  it("refuses the hub, a subgraph that is not live and a malformed name, storing nothing", async () => {
    const coordinator = await fixture.coordinator();
    expect(await refusal(coordinator.deleteSubgraph("hub"))).toMatchObject({ status: 400, code: "BAD_REQUEST", message: expect.stringContaining("hub subgraph cannot be deleted") });
    expect(await refusal(coordinator.deleteSubgraph("aging"))).toMatchObject({ status: 404, code: "NOT_FOUND", message: "No subgraph named aging is live." });
    expect(await refusal(coordinator.deleteSubgraph("Parks!"))).toMatchObject({ status: 400, code: "BAD_REQUEST" });
    expect((await fixture.client().supergraph())?.version).toBe(committedVersion);
  });

  it("refuses while a saved operation needs the subgraph, with the report, storing nothing", async () => {
    const coordinator = await fixture.coordinator();
    await coordinator.registerOperations("dashboard", [labsQuery]);
    const refused = await refusal(coordinator.deleteSubgraph("parks"));
    expect(refused).toMatchObject({ status: 422, code: "CHECK_FAILED", message: expect.stringMatching(/^Deleting the parks subgraph was refused: saved operations would stop working: dashboard\/RecreationCenterLabs/) });
    expect(refused.report).toMatchObject({ ok: false, subgraph: "parks", removal: true, composition: { ok: true }, brokenOperations: [{ client: "dashboard", name: "RecreationCenterLabs" }] });
    expect((await fixture.client().supergraph())?.version).toBe(committedVersion);
    const event = await waitFor(() => eventsOf("check.refused")[0], "the refused delete's check.refused event");
    expect(event.data).toMatchObject({ subgraph: "parks", action: "delete", message: refused.message, report: { removal: true, ok: false } });
    await coordinator.registerOperations("dashboard", []);
  });

  it("serves a new version without it, keeps its history, and takes it back on its next publish", async () => {
    const before = (await fixture.client().supergraph()) as SupergraphDocument;
    const result = await (await fixture.coordinator()).deleteSubgraph("parks");
    expect(result).toMatchObject({ deleted: "parks", report: { ok: true, removal: true }, supergraph: { version: committedVersion + 1, reason: "delete", rolledBackTo: null, createdBy: "coordinator@phila.gov" } });
    expect(result.supergraph.subgraphs.map(({ name }) => name)).toEqual(["commerce", "hub", "it", "libraries"]);
    const current = (await fixture.client().supergraph()) as SupergraphDocument;
    expect(current.sdl).not.toContain('@join__graph(name: "parks"');
    // The others' versions are the very rows that were live: nothing but parks changed.
    expect(current.subgraphs).toEqual(before.subgraphs.filter(({ name }) => name !== "parks"));
    expect((await fixture.client().listSubgraphs()).map(({ name }) => name)).not.toContain("parks");
    expect((await fixture.client().subgraphHistory("parks")).map(({ live }) => live)).toEqual([false]);
    expect(await refusal((await fixture.coordinator()).deleteSubgraph("parks"))).toMatchObject({ status: 404 });

    const event = await waitFor(() => eventsOf("subgraph.deleted")[0], "the subgraph.deleted event");
    expect(event).toMatchObject({ type: "subgraph.deleted", data: { subgraph: "parks", supergraphVersion: committedVersion + 1, deletedBy: "coordinator@phila.gov" } });
    // The refusals before it recorded nothing: the one event delivered is this delete's.
    expect((await (await fixture.coordinator()).webhookDeliveries({ event: "subgraph.deleted" })).length).toBe(1);

    const back = await (await fixture.publisher("parks")).publish("parks", { sdl: committedSdl("parks"), routingUrl: fixture.routingUrl("parks") });
    expect(back).toMatchObject({ unchanged: false, supergraph: { version: committedVersion + 2 } });
  });
});

describe("GET /supergraph/diff", () => {
  it("tells what deleting parks took away, and what publishing it again brought back", async () => {
    const removed = await fixture.client().supergraphDiff(committedVersion, committedVersion + 1);
    expect(removed.subgraphs).toEqual([{ name: "parks", from: expect.objectContaining({ name: "parks" }), to: null }]);
    expect(removed.changes).toContainEqual(expect.objectContaining({ criticality: "BREAKING", type: "FIELD_REMOVED", path: "Query.recreationCenters" }));
    const restored = await fixture.client().supergraphDiff(committedVersion + 1, committedVersion + 2);
    expect(restored.subgraphs).toEqual([{ name: "parks", from: null, to: removed.subgraphs[0]?.from }]);
    expect(restored.changes.every(({ criticality }) => criticality === "SAFE")).toBe(true);
    expect(restored.changes).toContainEqual(expect.objectContaining({ type: "FIELD_ADDED", path: "Query.recreationCenters" }));
  });

  it("refuses versions that do not exist or are not numbers", async () => {
    expect(await refusal(fixture.client().supergraphDiff(1, 999))).toMatchObject({ status: 404, code: "NOT_FOUND", message: "Supergraph version 999 does not exist." });
    const response = await fetch(`${fixture.service.url}/supergraph/diff?from=1.5&to=x`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(body.error.message).toMatch(/^Invalid supergraph diff: from: must be a positive whole number; to: must be a positive whole number/);
    expect((await fetch(`${fixture.service.url}/supergraph/diff?from=1`)).status).toBe(400);
  });
});
