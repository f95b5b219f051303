import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import { startRegistry } from "@dlhub/registry";
import { RegistryClient, Role, type WebhookEventBody, createIdentityVerifier, mintDevelopmentToken } from "@dlhub/schema";
import { listenOn } from "@dlhub/subgraph-kit";
import { createTestDatabase, startTestSubgraph, startWebhookReceiver, useTestStack, waitFor, type WebhookReceiver } from "@dlhub/subgraph-kit/testing";
import { createHub } from "../src/hub.js";

/**
 * The hub reporting a department that falls behind in sync, and its recovery, to a real registry,
 * which turns each report into a webhook. The department is a stand-in feed the test can take
 * down (it answers 503) and bring back, so the hub's own sync decides what is reported.
 */
describe("department.sync_behind and department.sync_recovered", () => {
  const stack = useTestStack();
  const secret = randomBytes(32).toString("hex");
  let receiver: WebhookReceiver;
  let feedUp = true;
  let feedRequests = 0;

  const syncEvents = () => receiver.received.map(({ body }) => JSON.parse(body) as WebhookEventBody);
  const ofType = (type: string) => syncEvents().filter((event) => event.type === type);

  beforeAll(async () => {
    const database = await createTestDatabase("hub_sync_alerts");
    stack.defer("the registry's database", () => database.drop());
    const registry = await startRegistry({
      databaseUrl: database.url,
      port: 0,
      verifier: createIdentityVerifier({ secret }),
      webhooks: { retryBaseMs: 20, pollIntervalMs: 25, timeoutMs: 2000 },
    });
    stack.defer("the registry", () => registry.close());
    receiver = stack.add(await startWebhookReceiver(), "the webhook receiver");
    const coordinator = new RegistryClient(registry.url, { token: await mintDevelopmentToken(secret, { subject: "coordinator@phila.gov", roles: [Role.COORDINATOR] }) });
    await coordinator.addWebhook({ url: receiver.url, events: ["department.sync_behind", "department.sync_recovered"] });

    const feed = createServer((request, response) => {
      feedRequests += 1;
      if (!feedUp) return void response.writeHead(503).end();
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ department: "PARKS", changes: [], cursor: request.url?.startsWith("/place-feed") ? "p0" : "i0", hasMore: false }));
    });
    const port = await listenOn(feed, 0);
    stack.defer("the stand-in feed", () => new Promise((resolve) => feed.close(resolve)));

    const token = () => mintDevelopmentToken(secret, { subject: "hub", roles: [Role.SERVICE] });
    const hub = createHub({
      feeds: [{ name: "parks", url: `http://127.0.0.1:${port}/initiative-feed` }],
      syncIntervalMs: 100,
      syncAlerts: { registryUrl: registry.url, token, behindAfterMs: 60_000 },
    });
    await startTestSubgraph(hub, { seed: false, stack });
  });

  it("reports nothing while the department syncs", async () => {
    await waitFor(() => feedRequests >= 6, "three sync rounds");
    expect(syncEvents()).toEqual([]);
  });

  it("reports the department behind once when its feed fails, and recovered once when it answers again", async () => {
    feedUp = false;
    const [behind] = await waitFor(() => ofType("department.sync_behind").length > 0 && ofType("department.sync_behind"), "department.sync_behind");
    expect(behind?.data).toMatchObject({ department: "parks", lastError: "/initiative-feed answered HTTP 503", reportedBy: "hub" });
    expect(Date.parse(behind?.data.lastSyncedAt as string)).not.toBeNaN();
    // Still failing several rounds later: still one report.
    const seen = feedRequests;
    await waitFor(() => feedRequests >= seen + 3, "three more failed rounds");

    feedUp = true;
    const [recovered] = await waitFor(() => ofType("department.sync_recovered").length > 0 && ofType("department.sync_recovered"), "department.sync_recovered");
    expect(recovered?.data).toMatchObject({ department: "parks", lastError: null, reportedBy: "hub" });
    const after = feedRequests;
    await waitFor(() => feedRequests >= after + 6, "three more healthy rounds");
    expect(syncEvents().map(({ type }) => type)).toEqual(["department.sync_behind", "department.sync_recovered"]);
  });
});
