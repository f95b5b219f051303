import { listedSubgraphs } from "@dlhub/schema";
import { composeWithCandidate } from "./composition.js";

const live = listedSubgraphs();

describe("composeWithCandidate", () => {
  it("replaces the candidate's live version and orders the set by name", () => {
    const parks = live.find(({ name }) => name === "parks")!;
    const outcome = composeWithCandidate(live, { ...parks, url: "http://parks.internal/graphql" });
    expect(outcome.ok).toBe(true);
    expect(outcome.subgraphs.map(({ name }) => name)).toEqual(["commerce", "hub", "it", "libraries", "parks"]);
    expect(outcome.supergraphSdl).toContain("http://parks.internal/graphql");
  });

  it("adds a subgraph the set does not have yet", () => {
    // Departments extend the hub's Initiative, so the hub is always the first subgraph published.
    const hub = live.find(({ name }) => name === "hub")!;
    const outcome = composeWithCandidate([hub], live.find(({ name }) => name === "it")!);
    expect(outcome).toMatchObject({ ok: true, errors: [] });
    expect(outcome.subgraphs.map(({ name }) => name)).toEqual(["hub", "it"]);
  });

  it("lists composition's errors when the set does not compose", () => {
    const rogue = {
      name: "rogue",
      url: "http://rogue/graphql",
      sdl: 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\ntype Query { recreationCenters: Int }',
    };
    const outcome = composeWithCandidate(live, rogue);
    expect(outcome.ok).toBe(false);
    expect(outcome.supergraphSdl).toBeNull();
    expect(outcome.errors.join("\n")).toMatch(/recreationCenters/);
  });
});
