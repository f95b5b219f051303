import { composeSupergraph, listedSubgraphs } from "@dlhub/schema";
import { judgeRemoval } from "./judge-removal.js";
import { type OperationDocument } from "./saved-operations.js";

// The committed SDLs compose together: they stand in for the live subgraph set.
const subgraphs = listedSubgraphs();
const live = { subgraphs, supergraphSdl: composeSupergraph(subgraphs) };

const labsQuery: OperationDocument = {
  client: "dashboard",
  name: "RecreationCenterLabs",
  document: "query RecreationCenterLabs { recreationCenters { name computerLabs { name } } }",
};
const hubOnly: OperationDocument = { client: "dashboard", name: "Departments", document: "query Departments { initiatives(first: 1) { nodes { title } } }" };

describe("judgeRemoval", () => {
  it("composes the rest without the subgraph and reports what clients lose", async () => {
    const { report, supergraphSdl, subgraphs: kept } = await judgeRemoval({ name: "parks", live, operations: [hubOnly] });
    expect(report).toMatchObject({ ok: true, subgraph: "parks", removal: true, composition: { ok: true, errors: [] }, contract: null, brokenOperations: [] });
    expect(kept.map(({ name }) => name)).toEqual(["commerce", "hub", "it", "libraries"]);
    expect(supergraphSdl).toContain('@join__graph(name: "hub"');
    expect(supergraphSdl).not.toContain('@join__graph(name: "parks"');
    expect(report.changes).toContainEqual(expect.objectContaining({ criticality: "BREAKING", type: "FIELD_REMOVED", path: "Query.recreationCenters", operations: [] }));
  });

  it("refuses when a saved operation that validates today would break, naming it", async () => {
    const { report } = await judgeRemoval({ name: "parks", live, operations: [labsQuery, hubOnly] });
    expect(report.ok).toBe(false);
    expect(report.brokenOperations).toEqual([
      { client: "dashboard", name: "RecreationCenterLabs", reasons: [expect.stringContaining('Cannot query field "recreationCenters" on type "Query"')] },
    ]);
  });

  it("refuses when the rest would not compose", async () => {
    // Every department extends the hub's Initiative and its external departmentId field.
    const { report, supergraphSdl } = await judgeRemoval({ name: "hub", live, operations: [] });
    expect(report.ok).toBe(false);
    expect(report.composition.ok).toBe(false);
    expect(report.composition.errors.length).toBeGreaterThan(0);
    expect(supergraphSdl).toBeNull();
  });
});
