import { CompositionFailed, composeSupergraph } from "./compose";

const link = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])';

describe("composeSupergraph", () => {
  it("joins an entity across subgraphs", () => {
    const supergraph = composeSupergraph([
      { name: "libraries", url: "http://libraries/graphql", sdl: `${link}\ntype Query { branches: [Branch!]! }\ntype Branch @key(fields: "code") { code: ID! name: String! }` },
      { name: "it", url: "http://it/graphql", sdl: `${link}\ntype Query { sites: [Site!]! }\ntype Site { host: Branch }\ntype Branch @key(fields: "code") { code: ID! keyspots: Int! }` },
    ]);
    expect(supergraph).toMatch(/join__graph\(name: "libraries", url: "http:\/\/libraries\/graphql"\)/);
    expect(supergraph).toMatch(/type Branch[\s\S]*keyspots: Int!/);
  });

  it("lists every problem when subgraphs conflict", () => {
    const compose = () =>
      composeSupergraph([
        { name: "a", url: "http://a", sdl: `${link}\ntype Query { x: Int }\ntype Site { name: String }` },
        { name: "b", url: "http://b", sdl: `${link}\ntype Query { y: Int }\ntype Site { name: Int }` },
      ]);
    expect(compose).toThrow(CompositionFailed);
    expect(compose).toThrow(/Site/);
  });
});
