import { type UsedCoordinate } from "@dlhub/schema";
import { buildSchema, parse } from "graphql";
import { deprecatedUsage } from "./deprecated-usage";
import { deprecationOfCoordinate, deprecationOfPath } from "./deprecations";

const schema = buildSchema(`
  type Query {
    labs(open: Boolean @deprecated(reason: "every lab is open"), filter: LabFilter): [Lab!]!
    oldLabs(ward: Int): [Lab!]! @deprecated(reason: "use labs")
  }
  type Lab { name: String! seats: Int @deprecated(reason: "count workstations") status: LabStatus! }
  enum LabStatus { OPEN CLOSED @deprecated(reason: "closed labs are removed") }
  input LabFilter { ward: Int @deprecated(reason: "filter by area") status: LabStatus }
`);

const used = (coordinate: string, count: number, clients = ["console"]): UsedCoordinate => ({ coordinate, count, clients, operations: clients.map((c) => `${c}/Labs`), lastSeen: "2026-12-01T10:00:00.000Z" });
const operation = (client: string, name: string, document: string) => ({ client, name, ast: parse(document) });

describe("deprecations", () => {
  it("finds the reason of a field, argument, input field or enum value, by change path and by coordinate", () => {
    expect(deprecationOfPath(schema, "Lab.seats")).toBe("count workstations");
    expect(deprecationOfPath(schema, "Query.labs.open")).toBe("every lab is open");
    expect(deprecationOfPath(schema, "LabStatus.CLOSED")).toBe("closed labs are removed");
    expect(deprecationOfPath(schema, "LabFilter.ward")).toBe("filter by area");
    // An argument of a deprecated field shares its fate.
    expect(deprecationOfPath(schema, "Query.oldLabs.ward")).toBe("use labs");
    expect(deprecationOfCoordinate(schema, "Query.labs(open:)")).toBe("every lab is open");
    expect(deprecationOfCoordinate(schema, "LabFilter.ward")).toBe("filter by area");
    for (const path of ["Lab", "Lab.name", "Query.labs.filter", "Nowhere.field", "LabStatus.OPEN"]) expect(deprecationOfPath(schema, path)).toBeUndefined();
    expect(deprecationOfCoordinate(schema, "Query.labs(filter:)")).toBeUndefined();
  });
});

describe("deprecatedUsage", () => {
  it("lists each deprecated coordinate a saved operation writes, once, with its reason", () => {
    const document = "query Labs { labs(open: true, filter: { ward: 3, status: CLOSED }) { name seats seats } oldLabs { name } }";
    const { operations, operationsNotShown } = deprecatedUsage({ schema, operations: [operation("console", "Labs", document)], usage: [], retiredUsage: [] });
    expect(operations).toEqual([
      { client: "console", name: "Labs", coordinate: "Query.labs(open:)", reason: "every lab is open" },
      { client: "console", name: "Labs", coordinate: "LabFilter.ward", reason: "filter by area" },
      { client: "console", name: "Labs", coordinate: "LabStatus.CLOSED", reason: "closed labs are removed" },
      { client: "console", name: "Labs", coordinate: "Lab.seats", reason: "count workstations" },
      { client: "console", name: "Labs", coordinate: "Query.oldLabs", reason: "use labs" },
    ]);
    expect(operationsNotShown).toBe(0);
  });

  it("lists deprecated coordinates from traffic, busiest first, marking usage by replaced documents", () => {
    const { traffic } = deprecatedUsage({
      schema,
      operations: [],
      usage: [used("Lab.name", 90), used("Lab.seats", 5), used("Query.labs(open:)", 20, ["console", "parks-site"])],
      retiredUsage: [used("Lab.seats", 3, ["parks-site"])],
    });
    expect(traffic.map(({ coordinate, count, clients, retired, reason }) => [coordinate, count, clients, retired, reason])).toEqual([
      ["Query.labs(open:)", 20, ["console", "parks-site"], false, "every lab is open"],
      ["Lab.seats", 5, ["console"], false, "count workstations"],
      ["Lab.seats", 3, ["parks-site"], true, "count workstations"],
    ]);
  });

  it("keeps each list to 50 rows and counts the rest", () => {
    const many = Array.from({ length: 60 }, (_, n) => used("Lab.seats", n + 1, [`client-${n}`]));
    const operations = Array.from({ length: 53 }, (_, n) => operation("console", `Labs${n}`, `query Labs${n} { labs { seats } }`));
    const section = deprecatedUsage({ schema, operations, usage: many, retiredUsage: [] });
    expect({ shown: section.traffic.length, rest: section.trafficNotShown, busiest: section.traffic[0].count }).toEqual({ shown: 50, rest: 10, busiest: 60 });
    expect({ shown: section.operations.length, rest: section.operationsNotShown }).toEqual({ shown: 50, rest: 3 });
  });
});
