import { buildSchema, parse } from "graphql";
import { operationUsage } from "./operation-usage.js";

const schema = buildSchema(`
  enum Pillar { ACCESS SKILLS DEVICES }
  enum Status { OPEN CLOSED }
  input SiteFilter { pillar: Pillar, near: Point }
  input Point { latitude: Float!, longitude: Float! }
  interface Place { name: String! }
  type Site implements Place { name: String! status: Status! workstations: Int }
  type Query {
    sites(first: Int = 20, filter: SiteFilter): [Site!]!
    places: [Place!]!
  }
`);

const usageOf = (document: string) => operationUsage(schema, parse(document));

describe("operationUsage", () => {
  it("names each selected field by its parent type, through fragments and interfaces", () => {
    const usage = usageOf(`
      query Sites { sites { ...SiteParts } places { name ... on Site { workstations } } }
      fragment SiteParts on Site { name }
    `);
    expect([...usage.fields].sort()).toEqual(["Place.name", "Query.places", "Query.sites", "Site.name", "Site.workstations"]);
  });

  it("tells passed arguments from those left to the schema's default", () => {
    const usage = usageOf("query Sites($filter: SiteFilter) { sites(filter: $filter) { name } }");
    expect([...usage.arguments]).toEqual(["Query.sites.filter"]);
    expect([...usage.defaultedArguments]).toEqual(["Query.sites.first"]);
  });

  it("counts every enum and input type a variable's type reaches, and enums it receives", () => {
    const usage = usageOf("query Sites($filter: SiteFilter) { sites(filter: $filter) { status } }");
    expect([...usage.types].sort()).toEqual(["Pillar", "Point", "SiteFilter", "Status"]);
  });

  it("counts enum literals' types and ignores directive arguments", () => {
    const usage = usageOf("query Sites($all: Boolean!) { sites(filter: { pillar: SKILLS }) @include(if: $all) { name } }");
    expect(usage.types.has("Pillar")).toBe(true);
    expect([...usage.arguments]).toEqual(["Query.sites.filter"]);
  });

  it("skips fields the schema does not have (yet)", () => {
    const usage = usageOf("query Sites { sites { name solarPanels } }");
    expect([...usage.fields].sort()).toEqual(["Query.sites", "Site.name"]);
  });
});
