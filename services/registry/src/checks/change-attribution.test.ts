import { buildSchema, parse } from "graphql";
import { apiSchemaChanges } from "./schema-changes.js";
import { operationsAffectedBy } from "./change-attribution.js";
import { operationUsage } from "./operation-usage.js";

const before = `
  enum Pillar { ACCESS SKILLS DEVICES }
  input SiteFilter { pillar: Pillar }
  type Site { name: String! workstations: Int }
  type Query { sites(first: Int = 20, filter: SiteFilter, kind: String): [Site!]! }
`;

/** The operations each change to `after` is attributed to, by change path. */
async function attribution(after: string, operations: Record<string, string>): Promise<Record<string, string[]>> {
  const live = buildSchema(before);
  const usages = new Map(Object.entries(operations).map(([name, document]) => [name, operationUsage(live, parse(document))]));
  const changes = await apiSchemaChanges(live, buildSchema(after));
  return Object.fromEntries(changes.map((change) => [change.path ?? change.type, operationsAffectedBy(change, usages)]));
}

describe("operationsAffectedBy", () => {
  const operations = {
    "web/Paged": "query Paged { sites(first: 5) { name } }",
    "web/Defaulted": "query Defaulted { sites { name workstations } }",
    "web/Filtered": "query Filtered($filter: SiteFilter) { sites(filter: $filter, kind: \"lab\") { name } }",
  };

  it("attributes a changed default only to operations that leave the argument out", async () => {
    const result = await attribution(before.replace("first: Int = 20", "first: Int = 10"), operations);
    expect(result["Query.sites.first"]).toEqual(["web/Defaulted", "web/Filtered"]);
  });

  it("attributes a removed or retyped argument only to operations that pass it", async () => {
    expect((await attribution(before.replace(", kind: String", ""), operations))["Query.sites.kind"]).toEqual(["web/Filtered"]);
    expect((await attribution(before.replace("kind: String", "kind: Int"), operations))["Query.sites.kind"]).toEqual(["web/Filtered"]);
  });

  it("attributes a removed field to the operations selecting it", async () => {
    expect((await attribution(before.replace(" workstations: Int", ""), operations))["Site.workstations"]).toEqual(["web/Defaulted"]);
  });

  it("attributes a removed enum value to operations whose inputs can carry it", async () => {
    expect((await attribution(before.replace(" DEVICES", ""), operations))["Pillar.DEVICES"]).toEqual(["web/Filtered"]);
  });

  it("attributes nothing to a safe change", async () => {
    const result = await attribution(before.replace(" workstations: Int", " workstations: Int seats: Int"), operations);
    expect(result["Site.seats"]).toEqual([]);
  });
});
