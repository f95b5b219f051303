import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ExitCode, runDlhub } from "@dlhub/cli";
import { parks } from "@dlhub/parks";
import { RegistryClient, Role, type UsageSummary, mintDevelopmentToken } from "@dlhub/schema";
import { buildDepartmentSubgraph } from "@dlhub/subgraph-kit";
import { postGraphql, waitFor } from "@dlhub/subgraph-kit/testing";
import { type TestHub, startTestHub } from "./start-test-hub.js";

/**
 * Usage from real traffic, end to end: a client's requests through the whole hub's gateway are
 * reported to the real registry, which then refuses a parks publish removing the field they used,
 * naming the client and operation; with the registry's clock moved past the 30-day window and no
 * traffic since, the same change passes. The clock is the registry's own, so nothing sleeps.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
let clockOffsetMs = 0;
let hub: TestHub;
let files: string;
let coordinator: string;
let removingFiberWifi: string;

const LAB_WIFI = "query LabWifi { recreationCenters { name computerLabs { name hasFiberWifi } } }";
// A client that registers no operations: all its traffic counts (a client that registered documents is
// judged by the ones it still registers, so the console's name would not do here).
const SITE_HEADERS = { "apollographql-client-name": "parks-site", "apollographql-client-version": "2.4.0" };

async function dlhub(argv: string[]) {
  const out = { stdout: "", stderr: "" };
  const code = await runDlhub([...argv, "--json", "--token", coordinator], {
    stdout: { write: (text: string) => (out.stdout += text) },
    stderr: { write: (text: string) => (out.stderr += text) },
    env: { DLHUB_REGISTRY_URL: hub.registryUrl },
    cwd: files,
  });
  // --json: one document, { ok, data, error }, whether the command passed or failed.
  return { code, ...(JSON.parse(out.stdout) as { ok: boolean; data: any; error: { code: string } | null }) };
}

beforeAll(async () => {
  hub = await startTestHub({ usage: { flushIntervalMs: 100 }, registryClock: () => new Date(Date.now() + clockOffsetMs) });
  files = mkdtempSync(join(tmpdir(), "dlhub-usage-"));
  coordinator = await mintDevelopmentToken(hub.tokenSecret, { subject: "coordinator@phila.gov", roles: [Role.COORDINATOR] });
  const sdl = (await buildDepartmentSubgraph(parks)).sdl;
  const field = '  """Served by fiber-backed public Wi-Fi."""\n  hasFiberWifi: Boolean!\n';
  if (!sdl.includes(field)) throw new Error("the parks SDL no longer has ComputerLab.hasFiberWifi as this test expects");
  removingFiberWifi = "without-fiber-wifi.graphql";
  writeFileSync(join(files, removingFiberWifi), sdl.replace(field, ""));
});
afterAll(async () => {
  await hub?.stop();
  if (files) rmSync(files, { recursive: true, force: true });
});

const usage = (days?: number) => new RegistryClient(hub.registryUrl).usage({ days, subgraph: "parks" });
const used = (summary: UsageSummary, coordinate: string) => summary.used.find((entry) => entry.coordinate === coordinate);

describe("usage from real traffic", () => {
  it("records which client used which fields through the gateway, off the request path", async () => {
    for (let i = 0; i < 3; i += 1) {
      const answer = await postGraphql(hub.gatewayUrl, LAB_WIFI, {}, { headers: SITE_HEADERS });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.recreationCenters).toEqual(expect.arrayContaining([expect.objectContaining({ computerLabs: expect.any(Array) })]));
    }
    // A client that names itself nowhere is "unknown".
    await postGraphql(hub.gatewayUrl, "{ recreationCenters { name } }");
    const summary = await waitFor(async () => {
      const current = await usage();
      return (used(current, "ComputerLab.hasFiberWifi")?.count ?? 0) >= 3 && used(current, "Query.recreationCenters")?.clients.includes("unknown") ? current : undefined;
    }, "the gateway's usage report to reach the registry");
    expect(used(summary, "ComputerLab.hasFiberWifi")).toEqual({
      coordinate: "ComputerLab.hasFiberWifi",
      count: 3,
      clients: ["parks-site"],
      operations: ["parks-site/LabWifi"],
      lastSeen: expect.any(String),
    });
    expect(summary.unused.map(({ coordinate }) => coordinate)).not.toContain("ComputerLab.hasFiberWifi");
    expect(summary.unused.map(({ coordinate }) => coordinate)).toContain("ComputerLab.isDigitalAccessHub");
  });

  it("refuses removing the used field, naming the client and operation", async () => {
    const { code, ok, data: report, error } = await dlhub(["subgraph", "check", "--name", "parks", "--schema", removingFiberWifi]);
    expect({ code, ok, error: error?.code }).toEqual({ code: ExitCode.CHECK_FAILED, ok: false, error: "CHECK_FAILED" });
    expect(report.ok).toBe(false);
    // No saved operation uses the field: only its use in real traffic refuses the change.
    expect(report.brokenOperations).toEqual([]);
    expect(report.brokenUsage).toEqual([
      expect.objectContaining({ coordinate: "ComputerLab.hasFiberWifi", clients: ["parks-site"], operations: ["parks-site/LabWifi"], count: 3 }),
    ]);
  });

  it("shows used and unused fields with dlhub usage --json", async () => {
    const { code, data } = await dlhub(["usage", "--subgraph", "parks", "--days", "7"]);
    expect(code).toBe(0);
    expect(data).toMatchObject({ days: 7, subgraph: "parks" });
    expect(used(data as UsageSummary, "ComputerLab.hasFiberWifi")?.operations).toEqual(["parks-site/LabWifi"]);
    // Only parks' own coordinates: the hub's catalog fields are another subgraph's.
    expect((data as UsageSummary).unused.map(({ coordinate }) => coordinate)).not.toContain("Query.initiatives");
  });

  it("lets the same change through once the window has passed without traffic", async () => {
    clockOffsetMs = 31 * DAY_MS;
    expect(used(await usage(), "ComputerLab.hasFiberWifi")).toBeUndefined();
    const { code, data: report } = await dlhub(["subgraph", "check", "--name", "parks", "--schema", removingFiberWifi]);
    expect({ code, ok: report.ok, brokenUsage: report.brokenUsage }).toEqual({ code: ExitCode.OK, ok: true, brokenUsage: [] });
    expect(report.changes).toContainEqual(expect.objectContaining({ type: "FIELD_REMOVED", path: "ComputerLab.hasFiberWifi" }));
  });
});
