import { type SubgraphDefinition, composeSupergraph, listedSubgraphs } from "@dlhub/schema";
import { type OperationDocument } from "./saved-operations.js";
import { runChecks } from "./run-checks.js";

// The committed department SDLs compose together: they stand in for the live subgraph set.
const live = listedSubgraphs();
const liveSupergraph = composeSupergraph(live);
const parks = live.find(({ name }) => name === "parks") as SubgraphDefinition;

/** The parks SDL with `text` cut out; fails loudly if the fixture no longer contains it. */
function parksWithout(text: string): SubgraphDefinition {
  expect(parks.sdl).toContain(text);
  return { ...parks, sdl: parks.sdl.replace(text, "") };
}

const labsQuery: OperationDocument = {
  client: "dashboard",
  name: "RecreationCenterLabs",
  document: "query RecreationCenterLabs { recreationCenters { name computerLabs { name workstations } } }",
};
const centersByStatus: OperationDocument = {
  client: "parks-site",
  name: "CentersByStatus",
  document: "query CentersByStatus($status: RecreationCenterStatus) { recreationCenters(status: $status) { name } }",
};
const centerNames: OperationDocument = {
  client: "parks-site",
  name: "CenterNames",
  document: "query CenterNames { recreationCenters { assetId name } }",
};

const check = (candidate: SubgraphDefinition, operations: OperationDocument[] = [], reachable = true) =>
  runChecks({ candidate, live: { subgraphs: live, supergraphSdl: liveSupergraph }, operations, feed: { reachable, pages: [] } });

describe("runChecks", () => {
  it("passes the live parks SDL unchanged, with no changes to report", async () => {
    const { report, supergraphSdl } = await check(parks, [labsQuery, centersByStatus]);
    expect(report).toMatchObject({ ok: true, subgraph: "parks", composition: { ok: true, errors: [] }, contract: { ok: true }, changes: [], brokenOperations: [] });
    expect(supergraphSdl).toBe(liveSupergraph);
  });

  it("refuses a subgraph that does not compose, and skips the checks that need a supergraph", async () => {
    // parks declares the external Initiative.department as a String; its owner says Department.
    const candidate = { ...parks, sdl: parks.sdl.replace("  departmentId: ID! @external", "  departmentId: String! @external") };
    const { report, supergraphSdl } = await check(candidate, [labsQuery]);
    expect(report.ok).toBe(false);
    expect(report.composition.ok).toBe(false);
    expect(report.composition.errors.join("\n")).toMatch(/department/);
    expect(supergraphSdl).toBeNull();
    expect(report.changes).toEqual([]);
  });

  it("names the subgraph whose SDL does not parse", async () => {
    const { report } = await check({ ...parks, sdl: "type Query {" });
    expect(report.composition).toEqual({ ok: false, errors: [expect.stringMatching(/^The parks SDL cannot be parsed: Syntax Error/)] });
  });

  it("refuses a department subgraph that breaks the hub contract", async () => {
    const { report } = await check(parksWithout("  status: InitiativeStatus!\n"));
    expect(report.ok).toBe(false);
    expect(report.contract?.ok).toBe(false);
    expect(report.contract?.problems.some(({ field }) => field === "status")).toBe(true);
  });

  it("reports a department whose initiative feed did not answer", async () => {
    const { report } = await check(parks, [], false);
    expect(report.ok).toBe(false);
    expect(report.contract?.problems.map(({ rule }) => rule)).toContain("FEED");
  });

  it("does not contract-check the hub's own subgraph", async () => {
    const hub = live.find(({ name }) => name === "hub") as SubgraphDefinition;
    const { report } = await runChecks({ candidate: hub, live: { subgraphs: live, supergraphSdl: liveSupergraph }, operations: [] });
    expect(report).toMatchObject({ ok: true, contract: null });
  });

  it("refuses removing a field a saved operation selects, naming the operation", async () => {
    const { report } = await check(parksWithout('  """Public workstations in the lab."""\n  workstations: Int!\n'), [labsQuery, centerNames]);
    expect(report.ok).toBe(false);
    expect(report.brokenOperations).toEqual([
      { client: "dashboard", name: "RecreationCenterLabs", reasons: [expect.stringContaining('Cannot query field "workstations" on type "ComputerLab"')] },
    ]);
    expect(report.changes).toContainEqual(
      expect.objectContaining({ criticality: "BREAKING", type: "FIELD_REMOVED", path: "ComputerLab.workstations", operations: ["dashboard/RecreationCenterLabs"] }),
    );
  });

  it("lets a field no saved operation uses go, reporting the change as safe for clients", async () => {
    const { report } = await check(parksWithout('  """Public workstations in the lab."""\n  workstations: Int!\n'), [centerNames, centersByStatus]);
    expect(report.ok).toBe(true);
    expect(report.brokenOperations).toEqual([]);
    expect(report.changes).toContainEqual(expect.objectContaining({ criticality: "BREAKING", path: "ComputerLab.workstations", operations: [] }));
  });

  it("attributes an enum value's removal to the operations that can send or receive that enum", async () => {
    const { report } = await check(parksWithout("  CLOSED_TEMPORARILY\n"), [centersByStatus, centerNames]);
    expect(report.ok).toBe(false);
    // Still valid: the value travels in a variable, where validation cannot see it.
    expect(report.brokenOperations).toEqual([]);
    expect(report.changes).toContainEqual(
      expect.objectContaining({ type: "ENUM_VALUE_REMOVED", path: "RecreationCenterStatus.CLOSED_TEMPORARILY", operations: ["parks-site/CentersByStatus"] }),
    );
  });

  it("lets an enum value go when no saved operation uses the enum", async () => {
    const { report } = await check(parksWithout("  CLOSED_TEMPORARILY\n"), [centerNames, labsQuery]);
    expect(report.ok).toBe(true);
  });

  it("breaks an operation that wrote the removed enum value as a literal", async () => {
    const literal = { client: "parks-site", name: "ClosedCenters", document: "query ClosedCenters { recreationCenters(status: CLOSED_TEMPORARILY) { name } }" };
    const { report } = await check(parksWithout("  CLOSED_TEMPORARILY\n"), [literal]);
    expect(report.brokenOperations).toEqual([{ client: "parks-site", name: "ClosedCenters", reasons: [expect.stringContaining("CLOSED_TEMPORARILY")] }]);
  });

  it("does not block a publish over an operation that did not validate before it either", async () => {
    const ahead = { client: "dashboard", name: "Future", document: "query Future { recreationCenters { name solarPanels } }" };
    const { report } = await check(parksWithout('  """Public workstations in the lab."""\n  workstations: Int!\n'), [ahead]);
    expect(report.ok).toBe(true);
  });

  it("has nothing to compare before the first supergraph", async () => {
    const { report } = await runChecks({ candidate: parks, live: { subgraphs: [], supergraphSdl: null }, operations: [labsQuery], feed: { reachable: true, pages: [] } });
    expect(report.changes).toEqual([]);
    expect(report.brokenOperations).toEqual([]);
  });
});
