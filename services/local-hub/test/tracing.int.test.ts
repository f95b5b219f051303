import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { RegistryClient, Role, mintDevelopmentToken } from "@dlhub/schema";
import {
  type OtlpReceiver,
  type ReceivedSpan,
  type ServiceProcess,
  createTestDatabase,
  queryOk,
  startOtlpReceiver,
  startServiceProcess,
  useTestStack,
  waitFor,
} from "@dlhub/subgraph-kit/testing";

/**
 * One coordinator's query traced through the real services, each a process of its own started
 * from its built `main.js` as in production: the registry, the hub, one department (IT) and the
 * gateway, exporting over OTLP to a receiver in this test. Separate processes keep the test
 * honest: each main must load the tracing module before pg and http, the trace context must cross
 * HTTP as `traceparent` (there is no shared memory to carry it), and each process names itself
 * by `service.name`.
 */
const ROOT = join(__dirname, "..", "..", "..");
const SPAN_SERVER = 2;

const PROBE = `query CoordinatorTraceProbe {
  initiatives(first: 5) { nodes { title department it { keyspotSites { name } } } }
}`;

describe("tracing across the gateway, the hub, a department and their SQL", () => {
  const stack = useTestStack();
  let receiver: OtlpReceiver;
  let gatewayUrl: string;
  let gateway: ServiceProcess;
  let department: ServiceProcess;

  beforeAll(async () => {
    receiver = stack.add(await startOtlpReceiver(), "the OTLP receiver");
    const tokenSecret = randomBytes(32).toString("base64url");
    const forwardingSecret = randomBytes(32).toString("base64url");
    const tracing = { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_BSP_SCHEDULE_DELAY: "100", LOG_LEVEL: "info" };
    const database = async (label: string) => {
      const created = await createTestDatabase(`trace_${label}`);
      stack.defer(`dropping the ${label} database`, () => created.drop());
      return created.url;
    };
    const start = async (script: string, env: Record<string, string>, listening: RegExp) =>
      stack.add(await startServiceProcess(join(ROOT, script), { ...tracing, ...env }, listening), script);
    const subgraphListening = /"url":"(http:[^"]+)","msg":"subgraph listening"/;

    const registry = await start(
      "services/registry/dist/main.js",
      { REGISTRY_DATABASE_URL: await database("registry"), REGISTRY_PORT: "0", REGISTRY_HOST: "127.0.0.1", DLHUB_TOKEN_SECRET: tokenSecret },
      /schema registry listening at (\S+)/,
    );
    let hub: ServiceProcess;
    [hub, department] = await Promise.all([
      start(
        "services/hub/dist/main.js",
        {
          HUB_DATABASE_URL: await database("hub"),
          HUB_PORT: "0",
          HUB_HOST: "127.0.0.1",
          HUB_SEED_DEMO_DATA: "true",
          HUB_REGISTRY_URL: registry.url,
          HUB_SYNC_INTERVAL_MS: "200",
          DLHUB_FORWARDING_SECRET: forwardingSecret,
        },
        subgraphListening,
      ),
      start(
        "services/it/dist/main.js",
        { IT_DATABASE_URL: await database("it"), IT_PORT: "0", IT_HOST: "127.0.0.1", IT_SEED_DEMO_DATA: "true", DLHUB_FORWARDING_SECRET: forwardingSecret },
        subgraphListening,
      ),
    ]);
    // The hub first: the departments' contract check reads its types.
    for (const [name, url] of [["hub", hub.url], ["it", department.url]]) {
      const token = await mintDevelopmentToken(tokenSecret, { subject: `test:${name}`, roles: [Role.PUBLISHER], department: name });
      const sdl = readFileSync(join(ROOT, "services", name, "schema.graphql"), "utf8");
      await new RegistryClient(registry.url, { token }).publish(name, { sdl, routingUrl: url });
    }
    gateway = await start(
      "gateway/dist/main.js",
      {
        GATEWAY_REGISTRY_URL: registry.url,
        GATEWAY_REGISTRY_POLL_MS: "200",
        GATEWAY_PORT: "0",
        GATEWAY_HOST: "127.0.0.1",
        DLHUB_TOKEN_SECRET: tokenSecret,
        DLHUB_FORWARDING_SECRET: forwardingSecret,
      },
      /"url":"(http:[^"]+)","msg":"gateway listening"/,
    );
    gatewayUrl = gateway.url;
    // The catalog holds IT's initiatives once the hub has followed the published department's feed.
    await waitFor(async () => {
      const data = await queryOk<{ initiatives: { nodes: unknown[] } }>(gatewayUrl, "{ initiatives(first: 1) { nodes { title } } }").catch(() => null);
      return (data?.initiatives.nodes.length ?? 0) > 0;
    }, "IT's initiatives in the catalog", { timeoutMs: 60_000 });
  });

  it("exports one trace whose spans, from every process, each hang under a span of the same trace", async () => {
    const data = await queryOk<{ initiatives: { nodes: { it: { keyspotSites: unknown[] } | null }[] } }>(gatewayUrl, PROBE);
    expect(data.initiatives.nodes.some((node) => node.it !== null)).toBe(true);

    const root = await waitFor(
      () => receiver.spans.find((span) => span.name === "gateway.request" && span.attributes["graphql.operation.name"] === "CoordinatorTraceProbe"),
      "the gateway's span of the probe",
    );
    const trace = () => receiver.spans.filter((span) => span.traceId === root.traceId);
    // Spans arrive in batches per process: wait until the department's SQL has come.
    await waitFor(() => trace().some((span) => span.resource["service.name"] === "it" && isSql(span)), "IT's SQL spans in the trace");
    const spans = trace();
    expect(receiver.problems).toEqual([]);

    // One trace: a single root, every other span's parent a span of the same trace.
    const byId = new Map(spans.map((span) => [span.spanId, span]));
    const roots = spans.filter((span) => !span.parentSpanId);
    expect(roots.map(label)).toEqual([expect.stringMatching(/^gateway /)]);
    for (const span of spans) if (span.parentSpanId) expect([label(span), byId.has(span.parentSpanId)]).toEqual([label(span), true]);

    const services = new Set(spans.map((span) => span.resource["service.name"]));
    expect([...services].sort()).toEqual(["gateway", "hub", "it"]);
    const ancestors = (span: ReceivedSpan): ReceivedSpan[] => {
      const parent = span.parentSpanId ? byId.get(span.parentSpanId) : undefined;
      return parent ? [parent, ...ancestors(parent)] : [];
    };
    for (const service of ["hub", "it"]) {
      // The department's request, a child of the gateway's fetch from that department.
      const requests = spans.filter((span) => span.resource["service.name"] === service && span.kind === SPAN_SERVER);
      expect(requests.length).toBeGreaterThan(0);
      for (const request of requests) {
        const parent = byId.get(request.parentSpanId ?? "");
        expect([service, parent?.name, parent?.attributes.service]).toEqual([service, "gateway.fetch", service]);
        expect(request.attributes["dlhub.service"]).toBe(service);
      }
      // Its SQL, under that request, marked as the department's.
      const sql = spans.filter((span) => span.resource["service.name"] === service && isSql(span));
      expect(sql.length).toBeGreaterThan(0);
      for (const statement of sql) {
        expect(ancestors(statement).some((span) => requests.includes(span))).toBe(true);
        expect(statement.attributes["dlhub.service"]).toBe(service);
      }
    }
  });

  it("logs with the trace id of the request they were written for", async () => {
    // With IT down, the gateway logs the department as unavailable while answering the probe.
    await department.stop();
    await queryOk(gatewayUrl, PROBE).catch(() => undefined);
    const logged = await waitFor(
      () =>
        gateway
          .output()
          .split("\n")
          .filter((line) => line.includes('"msg":"department unavailable"'))
          .map((line) => JSON.parse(line) as { trace_id?: string; span_id?: string })
          .find((line) => line.trace_id),
      "the gateway's log of IT being unavailable",
    );
    expect(logged.span_id).toMatch(/^[0-9a-f]{16}$/);
    const traced = await waitFor(() => receiver.spans.find((span) => span.traceId === logged.trace_id && span.name === "gateway.request"), "the logged trace");
    expect(traced.attributes["graphql.operation.name"]).toBe("CoordinatorTraceProbe");
  });
});

const isSql = (span: ReceivedSpan) => span.scope === "@opentelemetry/instrumentation-pg";

function label(span: ReceivedSpan): string {
  return `${span.resource["service.name"]} ${span.name}`;
}
