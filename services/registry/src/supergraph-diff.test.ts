import { type SupergraphDocument, composeSupergraph, listedSubgraphs } from "@dlhub/schema";
import { diffSupergraphs } from "./supergraph-diff.js";

const subgraphs = listedSubgraphs();
const member = (name: string, hash: string, routingUrl = `http://${name}/graphql`) => ({ name, hash, routingUrl });

function version(n: number, sdls: typeof subgraphs, members: SupergraphDocument["subgraphs"]): SupergraphDocument {
  return { version: n, hash: `h${n}`, createdAt: "2026-12-02T00:00:00.000Z", createdBy: "test", reason: "publish", rolledBackTo: null, subgraphs: members, sdl: composeSupergraph(sdls) };
}

describe("diffSupergraphs", () => {
  const parks = subgraphs.find(({ name }) => name === "parks")!;
  const withoutParks = subgraphs.filter(({ name }) => name !== "parks");
  const seats = "  seats: Int!\n";
  const fewerFields = { ...parks, sdl: parks.sdl.replace(seats, "") };

  it("lists the API schema changes with criticality and the subgraphs whose version changed", async () => {
    expect(parks.sdl).toContain(seats);
    const before = version(3, subgraphs, [member("hub", "a"), member("parks", "p1")]);
    const after = version(4, [...withoutParks, fewerFields], [member("hub", "a"), member("parks", "p2"), member("it", "i1")]);
    const diff = await diffSupergraphs(before, after);
    expect(diff).toMatchObject({ from: 3, to: 4 });
    expect(diff.changes).toEqual([{ criticality: "BREAKING", type: "FIELD_REMOVED", message: "Field 'seats' was removed from object type 'AfterschoolComputerCamp'", path: "AfterschoolComputerCamp.seats" }]);
    expect(diff.subgraphs).toEqual([
      { name: "it", from: null, to: member("it", "i1") },
      { name: "parks", from: member("parks", "p1"), to: member("parks", "p2") },
    ]);
  });

  it("reads backwards too, and finds nothing between equal versions", async () => {
    const a = version(1, [...withoutParks, fewerFields], [member("parks", "p2")]);
    const b = version(2, subgraphs, [member("parks", "p2", "http://parks.internal/graphql")]);
    const diff = await diffSupergraphs(a, b);
    expect(diff.changes).toEqual([expect.objectContaining({ criticality: "SAFE", type: "FIELD_ADDED", path: "AfterschoolComputerCamp.seats" })]);
    expect(diff.subgraphs).toEqual([{ name: "parks", from: member("parks", "p2"), to: member("parks", "p2", "http://parks.internal/graphql") }]);
    expect(await diffSupergraphs(a, a)).toEqual({ from: 1, to: 1, changes: [], subgraphs: [] });
  });
});
