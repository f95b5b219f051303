import { createHash } from "node:crypto";
import { Role, type UsageOperation } from "@dlhub/schema";
import { createTestDatabase } from "@dlhub/subgraph-kit/testing";
import { CheckFailed, Registry, openRegistryDatabase, usedCoordinates } from "../src/index.js";
import { PUBLISH_ORDER, type RegistryFixture, committedSdl, edit, publishCommitted, startRegistryFixture, refusal } from "./registry-fixtures.js";

/** The registry's side of usage from real traffic: who may report, what is refused, how it is counted. */
const DAY_MS = 24 * 60 * 60 * 1000;
const START = new Date("2026-12-02T09:00:00Z");
let now = START;
let fixture: RegistryFixture;
let service: string;

beforeAll(async () => {
  fixture = await startRegistryFixture("registry_usage", { now: () => now });
  service = await fixture.token({ subject: "gateway", roles: [Role.SERVICE] });
  await publishCommitted(fixture);
});
afterAll(() => fixture?.stop());

const operation = (overrides: Partial<UsageOperation> = {}): UsageOperation => ({
  client: "coordinator-console",
  clientVersion: "2.4.0",
  operationName: "Labs",
  operationHash: "b".repeat(64),
  coordinates: ["Query.recreationCenters", "RecreationCenter.computerLabs", "ComputerLab.name"],
  count: 2,
  ...overrides,
});

const post = (body: unknown, token?: string) =>
  fetch(`${fixture.service.url}/usage`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

const usedNow = async () => (await fixture.client().usage()).used;

describe("POST /usage", () => {
  it("takes reports only from a service token: 401 without one, 403 for a person's", async () => {
    expect((await post({ operations: [], dropped: 0 })).status).toBe(401);
    const coordinator = await fixture.coordinator();
    const forbidden = await refusal(coordinator.reportUsage({ operations: [operation()], dropped: 0 }));
    expect({ status: forbidden.status, code: forbidden.code }).toEqual({ status: 403, code: "FORBIDDEN" });
    expect(await usedNow()).toEqual([]);
  });

  it("refuses a malformed batch whole with 400 naming the problem, storing none of it", async () => {
    const response = await post({ operations: [operation(), operation({ operationHash: "not-a-hash", coordinates: ["Query.x; DROP TABLE"] })], dropped: 0 }, service);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("BAD_REQUEST");
    expect(body.error.message).toContain("operations.1.operationHash: operationHash must be a sha256 in hex");
    expect(body.error.message).toContain("operations.1.coordinates.0: must be a schema coordinate");
    expect(await usedNow()).toEqual([]);
    expect((await post("not json at all", service)).status).toBe(400);
  });

  it("adds batches up per day, client, operation and coordinate", async () => {
    const gateway = fixture.client(service);
    await gateway.reportUsage({ operations: [operation(), operation({ client: "parks-site", operationName: "", operationHash: "c".repeat(64), coordinates: ["ComputerLab.name"], count: 5 })], dropped: 0 });
    now = new Date(START.getTime() + 60_000);
    await gateway.reportUsage({ operations: [operation({ count: 3 })], dropped: 4 });
    const name = (await usedNow()).find(({ coordinate }) => coordinate === "ComputerLab.name");
    expect(name).toEqual({
      coordinate: "ComputerLab.name",
      count: 10,
      clients: ["coordinator-console", "parks-site"],
      operations: ["coordinator-console/Labs", `parks-site/(anonymous) ${"c".repeat(12)}`],
      lastSeen: now.toISOString(),
    });
  });

  it("reads usage within the window only, and the window asked for", async () => {
    now = new Date(START.getTime() + 10 * DAY_MS);
    expect((await fixture.client().usage({ days: 10 })).used).toEqual([]);
    expect((await fixture.client().usage({ days: 11 })).used.map(({ coordinate }) => coordinate)).toContain("ComputerLab.name");
    now = new Date(START.getTime() + 30 * DAY_MS);
    expect(await usedNow()).toEqual([]);
    now = START;
  });

  it("lists the unused fields of one subgraph, and refuses a subgraph or a window that cannot be", async () => {
    const summary = await fixture.client().usage({ subgraph: "parks" });
    expect(summary.unused).toContainEqual({ coordinate: "ComputerLab.hasFiberWifi", deprecated: false, removable: false });
    expect(summary.unused.map(({ coordinate }) => coordinate)).not.toContain("ComputerLab.name");
    expect(summary.used.every(({ coordinate }) => !coordinate.startsWith("Initiative."))).toBe(true);
    const unknown = await refusal(fixture.client().usage({ subgraph: "nowhere" }));
    expect({ status: unknown.status, code: unknown.code }).toEqual({ status: 404, code: "NOT_FOUND" });
    const zero = await refusal(fixture.client().usage({ days: 0 }));
    expect({ status: zero.status, code: zero.code, message: zero.message }).toEqual({ status: 400, code: "BAD_REQUEST", message: "Invalid usage query: days: days must be at least 1" });
  });
});

describe("retiring a field", () => {
  const FIELD = '  """Served by fiber-backed public Wi-Fi."""\n  hasFiberWifi: Boolean!\n';
  const publishParks = async (sdl: string) => (await fixture.publisher("parks")).publish("parks", { sdl, routingUrl: fixture.routingUrl("parks") });

  it("refuses removing a deprecated field still used in the window, then lets it go once the window passed unused", async () => {
    await publishParks(edit(committedSdl("parks"), FIELD, '  """Served by fiber-backed public Wi-Fi."""\n  hasFiberWifi: Boolean! @deprecated(reason: "every lab has it now")\n'));
    await fixture.client(service).reportUsage({ operations: [operation({ operationName: "LabWifi", coordinates: ["ComputerLab.hasFiberWifi"] })], dropped: 0 });
    const removed = edit(committedSdl("parks"), FIELD, "");
    const refused = await refusal(publishParks(removed));
    expect({ code: refused.code, usage: refused.report?.brokenUsage?.map(({ coordinate, operations }) => [coordinate, operations]) }).toEqual({
      code: "CHECK_FAILED",
      usage: [["ComputerLab.hasFiberWifi", ["coordinator-console/LabWifi"]]],
    });
    expect(refused.message).toContain("clients used what it breaks: ComputerLab.hasFiberWifi");

    now = new Date(START.getTime() + 31 * DAY_MS);
    const summary = await fixture.client().usage({ subgraph: "parks" });
    expect(summary.unused).toContainEqual({ coordinate: "ComputerLab.hasFiberWifi", deprecated: true, removable: true });
    const published = await publishParks(removed);
    expect(published.report).toMatchObject({ ok: true, brokenUsage: [] });
    now = START;
  });
});

describe("retired documents", () => {
  // "retiring a field" above left parks live without hasFiberWifi; these edits start from there.
  const WORKSTATIONS = '  """Public workstations in the lab."""\n  workstations: Int!\n';
  const REASON = "count the seats instead";
  const liveParks = () => edit(committedSdl("parks"), '  """Served by fiber-backed public Wi-Fi."""\n  hasFiberWifi: Boolean!\n', "");
  const deprecated = () => edit(liveParks(), WORKSTATIONS, `  """Public workstations in the lab."""\n  workstations: Int! @deprecated(reason: "${REASON}")\n`);
  const withoutWorkstations = () => edit(liveParks(), WORKSTATIONS, "");
  const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
  const CURRENT = "query CenterNames { recreationCenters { name } }";
  const SEATS = "query LabSeats { recreationCenters { computerLabs { workstations } } }";
  const seats = (client: string, operationHash: string) => operation({ client, operationName: "LabSeats", operationHash, coordinates: ["ComputerLab.workstations"] });
  const removal = async () => (await fixture.publisher("parks")).check("parks", { sdl: withoutWorkstations(), routingUrl: fixture.routingUrl("parks") });

  afterAll(async () => {
    // An empty list stops protecting the client, so the deletion below is judged as before.
    await (await fixture.coordinator()).registerOperations("parks-site", []);
  });

  it("lets a change break usage by a document its client no longer registers, listing that usage as deprecated usage only", async () => {
    const coordinator = await fixture.coordinator();
    await coordinator.registerOperations("parks-site", [{ name: "CenterNames", document: CURRENT }]);
    // parks-site ran LabSeats before it replaced its documents: that hash is not registered any more.
    await fixture.client(service).reportUsage({ operations: [seats("parks-site", sha256(SEATS))], dropped: 0 });

    const published = await (await fixture.publisher("parks")).publish("parks", { sdl: deprecated(), routingUrl: fixture.routingUrl("parks") });
    expect(published.report.deprecatedUsage?.traffic).toEqual([
      { coordinate: "ComputerLab.workstations", clients: ["parks-site"], count: 2, lastSeen: START.toISOString(), reason: REASON, retired: true },
    ]);
    const report = await removal();
    expect(report).toMatchObject({ ok: true, brokenUsage: [] });
    expect(report.changes).toContainEqual(expect.objectContaining({ type: "FIELD_REMOVED", path: "ComputerLab.workstations", deprecationReason: REASON }));
  });

  it("still counts usage by a registered document, and all usage of a client that registers nothing", async () => {
    const coordinator = await fixture.coordinator();
    await fixture.client(service).reportUsage({ operations: [seats("kiosk", "e".repeat(64))], dropped: 0 });
    const byUnregisteredClient = await removal();
    expect(byUnregisteredClient.ok).toBe(false);
    expect(byUnregisteredClient.brokenUsage?.map(({ coordinate, clients }) => [coordinate, clients])).toEqual([["ComputerLab.workstations", ["kiosk"]]]);

    // parks-site registers LabSeats again: its usage by that very document protects the field once more.
    await coordinator.registerOperations("parks-site", [{ name: "CenterNames", document: CURRENT }, { name: "LabSeats", document: SEATS }]);
    const byRegistered = await removal();
    expect(byRegistered.brokenUsage?.map(({ coordinate, clients }) => [coordinate, clients])).toEqual([["ComputerLab.workstations", ["kiosk", "parks-site"]]]);
  });

  it("does not let usage by a replaced document block deleting a subgraph either", async () => {
    // A registry of its own: deleting parks here must not disturb the suites above and below.
    const database = await createTestDatabase("registry_usage_retired_delete");
    const { dataSource } = await openRegistryDatabase(database.url);
    try {
      const registry = new Registry(dataSource, { now: () => START, probeFeed: async () => ({ reachable: true, pages: [] }) });
      const coordinator = { subject: "coordinator@phila.gov", roles: [Role.COORDINATOR] };
      for (const name of PUBLISH_ORDER) await registry.publish(name, { sdl: committedSdl(name), routingUrl: fixture.routingUrl(name) }, coordinator);
      await registry.recordUsage({ operations: [seats("parks-site", sha256(SEATS))], dropped: 0 });
      const refused = await registry.deleteSubgraph("parks", coordinator).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(CheckFailed);
      expect((refused as CheckFailed).report.brokenUsage?.map(({ coordinate }) => coordinate)).toEqual(["ComputerLab.workstations"]);
      // parks-site now registers documents, LabSeats not among them: its LabSeats traffic protects nothing.
      await registry.registerOperations("parks-site", [{ name: "Version", document: "query Version { __typename }" }], coordinator);
      expect(await registry.deleteSubgraph("parks", coordinator)).toMatchObject({ deleted: "parks", report: { ok: true, brokenUsage: [] } });
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});

describe("statements", () => {
  it("stores a batch in one statement and reads the window in one, however many rows", async () => {
    const database = await createTestDatabase("registry_usage_statements");
    const { dataSource, statements } = await openRegistryDatabase(database.url);
    try {
      const registry = new Registry(dataSource, { now: () => START });
      const sent = (operations: UsageOperation[]) => async () => registry.recordUsage({ operations, dropped: 0 });
      const read = () => usedCoordinates(dataSource.manager, 30, START);
      const counted = async (work: () => Promise<unknown>) => {
        const before = statements.count;
        await work();
        return statements.count - before;
      };
      const many = Array.from({ length: 500 }, (_, n) =>
        operation({ operationName: `Op${n}`, operationHash: n.toString(16).padStart(64, "0"), coordinates: Array.from({ length: 20 }, (_, c) => `Type${c}.field${n}`) }),
      );
      // The first report of a day also forgets the oldest days: one statement more, once a day.
      expect(await counted(sent([operation()]))).toBe(2);
      expect(await counted(sent([operation()]))).toBe(1);
      expect(await counted(read)).toBe(1);
      expect(await counted(sent(many))).toBe(1);
      expect(await counted(read)).toBe(1);
      expect((await read()).length).toBe(3 + 500 * 20);

      // A report 400 days on forgets what is older than that; everything since stays.
      const later = new Registry(dataSource, { now: () => new Date(START.getTime() + 400 * DAY_MS) });
      await later.recordUsage({ operations: [operation({ coordinates: ["ComputerLab.id"] })], dropped: 0 });
      const kept = await usedCoordinates(dataSource.manager, 3650, new Date(START.getTime() + 400 * DAY_MS));
      expect(kept.map(({ coordinate }) => coordinate)).toEqual(["ComputerLab.id"]);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});

describe("deleting a subgraph", () => {
  it("refuses deleting a subgraph whose fields clients used in the window, naming them, then deletes it once the window passed unused", async () => {
    await fixture.client(service).reportUsage({ operations: [operation({ operationName: "CenterLabs", coordinates: ["Query.recreationCenters", "RecreationCenter.computerLabs"] })], dropped: 0 });
    const coordinator = await fixture.coordinator();
    const refused = await refusal(coordinator.deleteSubgraph("parks"));
    expect(refused).toMatchObject({ status: 422, code: "CHECK_FAILED" });
    expect(refused.report?.brokenUsage).toContainEqual(
      expect.objectContaining({ coordinate: "Query.recreationCenters", clients: ["coordinator-console"], operations: expect.arrayContaining(["coordinator-console/CenterLabs"]) }),
    );
    expect(refused.message).toContain("Deleting the parks subgraph was refused: clients used what it breaks:");
    expect((await fixture.client().supergraphHistory())[0]?.reason).not.toBe("delete");

    now = new Date(START.getTime() + 31 * DAY_MS);
    try {
      const deleted = await coordinator.deleteSubgraph("parks");
      expect(deleted).toMatchObject({ deleted: "parks", supergraph: { reason: "delete" }, report: { ok: true, brokenUsage: [] } });
    } finally {
      now = START;
    }
  });
});
