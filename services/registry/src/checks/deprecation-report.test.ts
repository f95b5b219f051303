import { type SubgraphDefinition, type UsedCoordinate, composeSupergraph, listedSubgraphs } from "@dlhub/schema";
import { runChecks } from "./run-checks";

// The committed SDLs stand in for the live subgraphs.
const committed = listedSubgraphs();
const parks = committed.find(({ name }) => name === "parks") as SubgraphDefinition;
const WORKSTATIONS = '  """Public workstations in the lab."""\n  workstations: Int!\n';
const REASON = "count the seats instead";

function parksWith(text: string, replacement: string): SubgraphDefinition {
  expect(parks.sdl).toContain(text);
  return { ...parks, sdl: parks.sdl.replace(text, replacement) };
}

const deprecatedParks = parksWith(WORKSTATIONS, `  """Public workstations in the lab."""\n  workstations: Int! @deprecated(reason: "${REASON}")\n`);
const used = (coordinate: string, client: string, count: number): UsedCoordinate => ({ coordinate, count, clients: [client], operations: [`${client}/Labs`], lastSeen: "2026-12-01T10:00:00.000Z" });
const labs = { client: "dashboard", name: "Labs", document: "query Labs { recreationCenters { computerLabs { name workstations } } }" };

function check(liveParks: SubgraphDefinition, candidate: SubgraphDefinition, usage: { usage?: UsedCoordinate[]; retiredUsage?: UsedCoordinate[] } = {}) {
  const subgraphs = committed.map((subgraph) => (subgraph.name === "parks" ? liveParks : subgraph));
  return runChecks({ candidate, live: { subgraphs, supergraphSdl: composeSupergraph(subgraphs) }, operations: [labs], feed: { reachable: true, pages: [] }, ...usage });
}

describe("check reports explain deprecations", () => {
  it("carries the live deprecation reason on a breaking change, and on the usage it breaks", async () => {
    const { report } = await check(deprecatedParks, parksWith(WORKSTATIONS, ""), { usage: [used("ComputerLab.workstations", "parks-site", 4)] });
    expect(report.changes).toContainEqual(expect.objectContaining({ type: "FIELD_REMOVED", path: "ComputerLab.workstations", deprecationReason: REASON }));
    expect(report.brokenUsage?.[0]?.change).toEqual(expect.objectContaining({ type: "FIELD_REMOVED", deprecationReason: REASON }));
    expect(report.changes.filter((change) => change.path !== "ComputerLab.workstations").every((change) => change.deprecationReason === undefined)).toBe(true);
  });

  it("takes the candidate's reason when one publish deprecates and changes a field", async () => {
    const { report } = await check(parks, parksWith(WORKSTATIONS, `  """Public workstations in the lab."""\n  workstations: Int @deprecated(reason: "${REASON}")\n`));
    expect(report.changes).toContainEqual(expect.objectContaining({ type: "FIELD_TYPE_CHANGED", path: "ComputerLab.workstations", deprecationReason: REASON }));
  });

  it("warns, without failing, of saved operations and traffic still using what the candidate deprecates", async () => {
    const { report } = await check(parks, deprecatedParks, {
      usage: [used("ComputerLab.workstations", "console", 12), used("ComputerLab.name", "console", 30)],
      retiredUsage: [used("ComputerLab.workstations", "parks-site", 2)],
    });
    expect(report.ok).toBe(true);
    expect(report.deprecatedUsage).toEqual({
      operations: [{ client: "dashboard", name: "Labs", coordinate: "ComputerLab.workstations", reason: REASON }],
      operationsNotShown: 0,
      traffic: [
        { coordinate: "ComputerLab.workstations", clients: ["console"], count: 12, lastSeen: "2026-12-01T10:00:00.000Z", reason: REASON, retired: false },
        { coordinate: "ComputerLab.workstations", clients: ["parks-site"], count: 2, lastSeen: "2026-12-01T10:00:00.000Z", reason: REASON, retired: true },
      ],
      trafficNotShown: 0,
    });
  });

  it("refuses a publish whose feed names another department (FEED_DEPARTMENT)", async () => {
    const subgraphs = committed;
    const { report } = await runChecks({
      candidate: parks,
      live: { subgraphs, supergraphSdl: composeSupergraph(subgraphs) },
      operations: [],
      feed: { reachable: true, pages: [{ path: "/initiative-feed", body: { departmentId: "libraries", changes: [] } }] },
    });
    expect(report.ok).toBe(false);
    expect(report.contract?.problems.map(({ rule }) => rule)).toEqual(["FEED_DEPARTMENT"]);
  });
});
