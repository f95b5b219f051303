import { parks } from "@dlhub/parks";
import { RegistryClient, Role, type WebhookEventBody, mintDevelopmentToken } from "@dlhub/schema";
import { type SubgraphService, close, createLogger, startSubgraph } from "@dlhub/subgraph-kit";
import { startWebhookReceiver, waitFor, type WebhookReceiver } from "@dlhub/subgraph-kit/testing";
import { feedsCaughtUp, waitForCatalog } from "../src/bench/catch-up";
import { type TestHub, startTestHub } from "./start-test-hub";

/**
 * The whole local hub: a department stops, the hub's sync fails to read it and reports it behind
 * with the service token the local hub mints, the registry sends the webhook; the department
 * returns and its recovery is sent the same way.
 */
describe("a department that stops, as the coordinator's webhook hears it", () => {
  let hub: TestHub;
  let receiver: WebhookReceiver;
  const events = () => receiver.received.map(({ body }) => JSON.parse(body) as WebhookEventBody);

  beforeAll(async () => {
    hub = await startTestHub();
    receiver = await startWebhookReceiver();
    const token = await mintDevelopmentToken(hub.tokenSecret, { subject: "coordinator@phila.gov", roles: [Role.COORDINATOR] });
    await new RegistryClient(hub.registryUrl, { token }).addWebhook({ url: receiver.url, events: ["department.sync_behind", "department.sync_recovered"] });
    await waitForCatalog(hub, "the catalog to hold every department's initiatives", () => feedsCaughtUp(hub), 30_000);
  });
  afterAll(async () => {
    await receiver?.stop();
    await hub?.stop();
  });

  it("sends department.sync_behind for parks while it is down, and department.sync_recovered when it is back", async () => {
    const parksService = hub.subgraphs.find((s) => s.name === "parks") as SubgraphService;
    const port = Number(new URL(parksService.url).port);
    await close(parksService.server);
    const behind = await waitFor(() => events().find((e) => e.type === "department.sync_behind"), "department.sync_behind");
    expect(behind.data).toMatchObject({ department: "parks", reportedBy: "local-hub:hub", lastError: expect.any(String) });

    const back = await startSubgraph(parks, {
      databaseUrl: (parksService.database.dataSource.options as { url: string }).url,
      port,
      logger: createLogger("parks", "silent"),
    });
    try {
      const recovered = await waitFor(() => events().find((e) => e.type === "department.sync_recovered"), "department.sync_recovered");
      expect(recovered.data).toMatchObject({ department: "parks", lastError: null });
    } finally {
      await back.close();
    }
    expect(events().map((e) => [e.type, e.data.department])).toEqual([
      ["department.sync_behind", "parks"],
      ["department.sync_recovered", "parks"],
    ]);
  });
});
