import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import { listenOn } from "@dlhub/subgraph-kit";
import { type RegistryService, startRegistry } from "@dlhub/registry";
import { RegistryClient, Role, type WebhookDelivery, type WebhookEventBody, createIdentityVerifier, listedSubgraphs, mintDevelopmentToken, verifyWebhookSignature } from "@dlhub/schema";
import { createTestDatabase, startWebhookReceiver, type TestDatabase, waitFor, type WebhookReceiver } from "@dlhub/subgraph-kit/testing";
import { runCli } from "./cli-harness";

/**
 * `dlhub webhooks …` against a real registry whose deliveries are retried within milliseconds
 * (its retry base is configurable for exactly this), and a receiver on port 0 that fails when told.
 */
const secret = randomBytes(32).toString("hex");
let database: TestDatabase;
let registry: RegistryService;
let receiver: WebhookReceiver;
let coordinatorToken: string;

const dlhub = (argv: string[]) => runCli(argv, { registryUrl: registry.url, cwd: process.cwd(), env: { DLHUB_TOKEN: coordinatorToken } });

/** Runs with --json and answers `data`, failing on anything but success. */
async function dlhubJson<T>(argv: string[]): Promise<T> {
  const result = await dlhub([...argv, "--json"]);
  const document = JSON.parse(result.stdout) as { ok: boolean; data: T; error: unknown };
  if (result.code !== 0 || !document.ok) throw new Error(`dlhub ${argv.join(" ")} failed: ${result.stdout}${result.stderr}`);
  return document.data;
}

/** Publishes the hub's committed SDL (the hub has no feed to probe), as its CI would. */
async function publishHub(revision: number) {
  const hub = listedSubgraphs().find(({ name }) => name === "hub");
  if (!hub) throw new Error("the hub's SDL is not listed");
  const sdl = hub.sdl.replace("type Query {\n", `type Query {\n  hubRevision${revision}: Int\n`);
  const token = await mintDevelopmentToken(secret, { subject: "ci-hub", roles: [Role.PUBLISHER], department: "hub" });
  return new RegistryClient(registry.url, { token }).publish("hub", { sdl, routingUrl: "http://127.0.0.1:4005/graphql" });
}

beforeAll(async () => {
  database = await createTestDatabase("dlhub_cli_webhooks");
  registry = await startRegistry({
    databaseUrl: database.url,
    port: 0,
    verifier: createIdentityVerifier({ secret }),
    webhooks: { retryBaseMs: 20, pollIntervalMs: 25, timeoutMs: 2000, maxAttempts: 2 },
  });
  receiver = await startWebhookReceiver();
  coordinatorToken = await mintDevelopmentToken(secret, { subject: "coordinator@phila.gov", roles: [Role.COORDINATOR] });
});

afterAll(async () => {
  await receiver?.stop();
  await registry?.close();
  await database?.drop();
});

describe("dlhub webhooks", () => {
  it("adds a webhook, printing its secret once; list never shows it", async () => {
    const added = await dlhub(["webhooks", "add", "--url", `${receiver.url}/listed`, "--events", "supergraph.rolled_back"]);
    expect(added.code).toBe(0);
    const shown = /Signing secret \(shown only now; keep it in the receiver's secrets\): (whsec_\S+)/.exec(added.stdout);
    expect(shown).not.toBeNull();
    const listed = await dlhub(["webhooks", "list"]);
    expect(listed.stdout).toContain(`${receiver.url}/listed  supergraph.rolled_back`);
    expect(listed.stdout).not.toContain((shown as RegExpExecArray)[1]);
    const id = (await dlhubJson<{ id: string }[]>(["webhooks", "list"]))[0]?.id as string;
    expect(await dlhub(["webhooks", "remove", id])).toMatchObject({ code: 0, stdout: `Removed webhook ${id} (${receiver.url}/listed).\n` });
    expect(await dlhubJson(["webhooks", "list"])).toEqual([]);
  });

  it("retries a delivery the receiver failed, and the delivery log shows both attempts", async () => {
    const created = await dlhubJson<{ webhook: { id: string }; secret: string }>(["webhooks", "add", "--url", `${receiver.url}/retry`, "--events", "subgraph.published"]);
    receiver.failNext(1, 500);
    const published = await publishHub(1);

    const delivered = await waitFor(async () => {
      const [delivery] = await dlhubJson<WebhookDelivery[]>(["webhooks", "deliveries", "--webhook", created.webhook.id]);
      return delivery?.status === "delivered" && delivery;
    }, "the delivery to succeed at its retry");
    expect(delivered.attempts.map(({ attempt, statusCode, error }) => ({ attempt, statusCode, error }))).toEqual([
      { attempt: 1, statusCode: 500, error: "the receiver answered HTTP 500" },
      { attempt: 2, statusCode: 204, error: null },
    ]);

    // Both attempts carried the same event id and body; each was signed for the moment it was sent.
    const requests = receiver.received.filter(({ path }) => path === "/retry");
    expect(requests.map(({ status }) => status)).toEqual([500, 204]);
    expect(new Set(requests.map(({ body }) => body)).size).toBe(1);
    const event = JSON.parse((requests[1] as { body: string }).body) as WebhookEventBody;
    expect(event).toMatchObject({ id: delivered.eventId, type: "subgraph.published", data: { supergraph: { version: published.supergraph.version } } });
    expect(requests.map(({ headers }) => headers["dlhub-delivery-attempt"])).toEqual(["1", "2"]);
    for (const { headers, body } of requests) {
      expect(verifyWebhookSignature({ secret: created.secret, header: headers["dlhub-signature"] as string, body })).toMatchObject({ ok: true });
    }
    await dlhub(["webhooks", "remove", created.webhook.id]);
  });

  it("gives up after the attempt cap, and --status failed lists it with why", async () => {
    // A port that was free a moment ago: nothing listens there.
    const closed = createServer();
    const port = await listenOn(closed, 0);
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const dead = `http://127.0.0.1:${port}/unreachable`;
    const created = await dlhubJson<{ webhook: { id: string } }>(["webhooks", "add", "--url", dead, "--events", "subgraph.published"]);
    await publishHub(2);
    const [failed] = await waitFor(async () => {
      const list = await dlhubJson<WebhookDelivery[]>(["webhooks", "deliveries", "--status", "failed", "--webhook", created.webhook.id]);
      return list.length > 0 && list;
    }, "the delivery to be given up");
    expect(failed).toMatchObject({ status: "failed", nextAttemptAt: null, deliveredAt: null });
    expect(failed?.attempts.map(({ statusCode, error }) => ({ statusCode, error }))).toEqual(Array(2).fill({ statusCode: null, error: "could not reach the receiver (ECONNREFUSED)" }));
    const text = await dlhub(["webhooks", "deliveries", "--status", "failed"]);
    expect(text.stdout).toContain("attempt 2 at ");
    expect(text.stdout).toContain("no answer (could not reach the receiver (ECONNREFUSED))");
  });

  it("refuses bad input with the registry's code and the CLI's exit code", async () => {
    const badUrl = await dlhub(["webhooks", "add", "--url", "ftp://example.org", "--events", "subgraph.published"]);
    expect(badUrl).toMatchObject({ code: 1, stderr: "error[BAD_REQUEST]: Invalid webhook: url: url must be an http:// or https:// URL\n" });
    const unknown = await dlhub(["webhooks", "add", "--url", receiver.url, "--events", "subgraph.published,subgraph.renamed", "--json"]);
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stdout)).toMatchObject({ ok: false, error: { code: "BAD_REQUEST", message: expect.stringContaining('unknown event "subgraph.renamed"') } });
    expect(await dlhub(["webhooks", "add", "--url", receiver.url])).toMatchObject({ code: 1, stderr: expect.stringContaining("error[USAGE]: --events is required") });
    expect(await dlhub(["webhooks", "deliveries", "--limit", "ten"])).toMatchObject({ code: 1, stderr: 'error[USAGE]: --limit must be a whole number, got "ten".\n' });
  });
});
