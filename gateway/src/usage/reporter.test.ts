import { type IncomingMessage, type Server, createServer } from "node:http";
import { type AddressInfo } from "node:net";
import { RegistryClient, type UsageReport } from "@dlhub/schema";
import { createLogger } from "@dlhub/subgraph-kit";
import { UsageReporter } from "./reporter";

/** A registry stand-in on port 0 that answers each POST /usage with the next status given. */
async function startRegistryStandIn(statuses: number[]) {
  const received: { status: number; report: UsageReport }[] = [];
  const server: Server = createServer((request: IncomingMessage, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const status = statuses.shift() ?? 200;
      received.push({ status, report: JSON.parse(body) as UsageReport });
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(status === 200 ? { recorded: 1 } : { error: { code: status === 400 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR", message: "no" } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const key = (client: string) => ({ client, clientVersion: "", operationName: "Catalog", operationHash: "a".repeat(64) });
const logger = createLogger("gateway", "silent");

describe("UsageReporter", () => {
  let standIn: Awaited<ReturnType<typeof startRegistryStandIn>>;
  afterEach(() => standIn.close());

  it("keeps a batch the registry could not take and sends it, with what came since, on the next flush", async () => {
    standIn = await startRegistryStandIn([503, 200]);
    const reporter = new UsageReporter({ registry: new RegistryClient(standIn.url, { token: "t" }), logger });
    reporter.record(key("console"), ["Query.initiatives"]);
    reporter.record(key("console"), ["Query.initiatives"]);
    await reporter.flush();
    expect(reporter.pending).toBe(1);
    reporter.record(key("console"), ["Query.initiatives"]);
    await reporter.flush();
    expect(reporter.pending).toBe(0);
    expect(standIn.received.map(({ status, report }) => [status, report.operations.map(({ client, count }) => [client, count])])).toEqual([
      [503, [["console", 2]]],
      [200, [["console", 3]]],
    ]);
  });

  it("lets go of a batch the registry refused as malformed: sending it again would be refused again", async () => {
    standIn = await startRegistryStandIn([400]);
    const reporter = new UsageReporter({ registry: new RegistryClient(standIn.url, { token: "t" }), logger });
    reporter.record(key("console"), ["Query.initiatives"]);
    await reporter.flush();
    expect(reporter.pending).toBe(0);
    expect(standIn.received).toHaveLength(1);
  });

  it("sends early once enough entries wait, and what is left when it stops", async () => {
    standIn = await startRegistryStandIn([]);
    const reporter = new UsageReporter({ registry: new RegistryClient(standIn.url, { token: "t" }), logger, flushAtEntries: 2, flushIntervalMs: 600_000 });
    reporter.start();
    reporter.record(key("a"), ["Query.a"]);
    reporter.record(key("b"), ["Query.b"]);
    reporter.record(key("c"), ["Query.c"]);
    await reporter.stop();
    // Two entries were a batch at once; the third went as the reporter stopped.
    expect(standIn.received.map(({ report }) => report.operations.map(({ client }) => client))).toEqual([["a", "b"], ["c"]]);
    expect(reporter.pending).toBe(0);
  });
});
