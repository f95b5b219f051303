import { type SchemaChange, type SubgraphDefinition, type UsedCoordinate, composeSupergraph, listedSubgraphs } from "@dlhub/schema";
import { runChecks } from "../checks/run-checks";
import { brokenUsageOf } from "./broken-usage";

// The committed SDLs stand in for the live subgraphs; a check is judged against usage as given.
const live = listedSubgraphs();
const liveSupergraph = composeSupergraph(live);
const parks = live.find(({ name }) => name === "parks") as SubgraphDefinition;

function parksEdited(text: string, replacement = ""): SubgraphDefinition {
  expect(parks.sdl).toContain(text);
  return { ...parks, sdl: parks.sdl.replace(text, replacement) };
}

const used = (coordinate: string, ...operations: string[]): UsedCoordinate => ({
  coordinate,
  count: 12,
  clients: [...new Set(operations.map((operation) => operation.split("/")[0]))],
  operations,
  lastSeen: "2026-12-01T10:00:00.000Z",
});

const check = (candidate: SubgraphDefinition, usage: UsedCoordinate[]) =>
  runChecks({ candidate, live: { subgraphs: live, supergraphSdl: liveSupergraph }, operations: [], feed: { reachable: true, pages: [] }, usage });

const WORKSTATIONS = '  """Public workstations in the lab."""\n  workstations: Int!\n';

describe("checks against usage from real traffic", () => {
  it("refuses removing a field a client used in the window, naming the coordinate, clients and operations", async () => {
    const { report } = await check(parksEdited(WORKSTATIONS), [used("ComputerLab.workstations", "console/Labs", "parks-site/LabFinder"), used("ComputerLab.name", "console/Labs")]);
    expect(report.ok).toBe(false);
    expect(report.brokenUsage).toEqual([
      {
        coordinate: "ComputerLab.workstations",
        change: { type: "FIELD_REMOVED", message: "Field 'workstations' was removed from object type 'ComputerLab'" },
        clients: ["console", "parks-site"],
        operations: ["console/Labs", "parks-site/LabFinder"],
        count: 12,
        lastSeen: "2026-12-01T10:00:00.000Z",
      },
    ]);
  });

  it("lets the same field go when no client used it in the window (no saved operation uses it either)", async () => {
    const { report } = await check(parksEdited(WORKSTATIONS), [used("ComputerLab.name", "console/Labs")]);
    expect(report).toMatchObject({ ok: true, brokenUsage: [] });
  });

  it("lets a deprecated, unused field go", async () => {
    const deprecatedLive = parksEdited("  workstations: Int!\n", '  workstations: Int! @deprecated(reason: "count the seats instead")\n');
    const subgraphs = live.map((subgraph) => (subgraph.name === "parks" ? deprecatedLive : subgraph));
    const { report } = await runChecks({
      candidate: parksEdited(WORKSTATIONS),
      live: { subgraphs, supergraphSdl: composeSupergraph(subgraphs) },
      operations: [],
      feed: { reachable: true, pages: [] },
      usage: [used("ComputerLab.name", "console/Labs")],
    });
    expect(report.changes.map(({ type, path }) => [type, path])).toContainEqual(["FIELD_REMOVED", "ComputerLab.workstations"]);
    expect(report).toMatchObject({ ok: true, brokenUsage: [] });
  });

  it("refuses removing an argument or an enum value a client sent, and only those", async () => {
    const withoutArgument = await check(parksEdited("recreationCenters(status: RecreationCenterStatus)", "recreationCenters"), [
      used("Query.recreationCenters(status:)", "parks-site/CentersByStatus"),
      used("Query.recreationCenters", "parks-site/CentersByStatus", "console/Centers"),
    ]);
    expect(withoutArgument.report.brokenUsage?.map(({ coordinate, operations }) => [coordinate, operations])).toEqual([
      ["Query.recreationCenters(status:)", ["parks-site/CentersByStatus"]],
    ]);
    const withoutValue = await check(parksEdited("  CLOSED_TEMPORARILY\n"), [used("RecreationCenterStatus.CLOSED_TEMPORARILY", "parks-site/Closed"), used("RecreationCenterStatus.OPEN", "parks-site/Open")]);
    expect(withoutValue.report.brokenUsage?.map(({ coordinate }) => coordinate)).toEqual(["RecreationCenterStatus.CLOSED_TEMPORARILY"]);
    expect(withoutValue.report.ok).toBe(false);
  });

  it("reaches every used field of a removed type and every use of an input type gaining a required field; never a safe change", () => {
    const usage = [used("Lab.name", "console/Labs"), used("LabFilter.open", "console/Labs"), used("Query.labs(filter:)", "console/Labs")];
    const change = (type: string, path: string, criticality: SchemaChange["criticality"] = "BREAKING"): SchemaChange => ({ type, path, criticality, message: type, operations: [] });
    expect(brokenUsageOf([change("TYPE_REMOVED", "Lab")], usage).map(({ coordinate }) => coordinate)).toEqual(["Lab.name"]);
    expect(brokenUsageOf([change("INPUT_FIELD_ADDED", "LabFilter.ward")], usage).map(({ coordinate }) => coordinate)).toEqual(["LabFilter.open"]);
    expect(brokenUsageOf([change("FIELD_ARGUMENT_ADDED", "Query.labs.near")], [used("Query.labs", "console/Labs")]).map(({ coordinate }) => coordinate)).toEqual(["Query.labs"]);
    expect(brokenUsageOf([change("FIELD_ARGUMENT_ADDED", "Query.labs.near", "SAFE")], [used("Query.labs", "console/Labs")])).toEqual([]);
  });
});
