import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { listedSubgraphs, composeSupergraph, type SubgraphDefinition } from "@dlhub/schema";
import { runChecks } from "../run-checks.js";
import { lintSubgraph } from "./lint-subgraph.js";

const FEDERATION = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@external", "@inaccessible"])\n';
const lint = (sdl: string) => lintSubgraph(FEDERATION + sdl);
const at = (sdl: string) => lint(sdl).map(({ severity, rule, coordinate }) => `${severity} ${rule} ${coordinate}`);

describe("lintSubgraph", () => {
  it("finds nothing in a described, conventionally named subgraph", () => {
    expect(
      lint(`
        """A place with public computers."""
        type ComputerLab {
          """The lab's name as posted."""
          name: String!
          """How many of its workstations are open to the public."""
          publicWorkstations(includeReserved: Boolean = false): Int!
          """Whether it is open now."""
          status: LabStatus!
        }
        """Whether a lab is open."""
        enum LabStatus { OPEN CLOSED_TEMPORARILY }
        type Query {
          """Every lab, by name."""
          computerLabs: [ComputerLab!]!
        }
      `),
    ).toEqual([]);
  });

  it("names each badly named type, field, argument and enum value as an error, with its coordinate", () => {
    const findings = lint(`
      """x""" type computer_lab { """x""" Name: String! """x""" seats(Min_Seats: Int): Int }
      """x""" enum LabStatus { open ClosedNow OPEN_2 }
      """x""" input LabFilter { """x""" status_code: String }
    `);
    expect(findings.map(({ severity, rule, coordinate }) => `${severity} ${rule} ${coordinate}`)).toEqual([
      "error TYPE_NAME computer_lab",
      "error FIELD_NAME computer_lab.Name",
      "error ARGUMENT_NAME computer_lab.seats(Min_Seats:)",
      "error ENUM_VALUE_NAME LabStatus.open",
      "error ENUM_VALUE_NAME LabStatus.ClosedNow",
      "error FIELD_NAME LabFilter.status_code",
    ]);
    expect(findings[0]?.message).toBe("Type computer_lab should be PascalCase, e.g. ComputerLab.");
    expect(findings[2]?.message).toBe("Argument computer_lab.seats(Min_Seats:) should be camelCase, e.g. minSeats.");
    expect(findings[4]?.message).toBe("Enum value LabStatus.ClosedNow should be UPPER_SNAKE_CASE, e.g. CLOSED_NOW.");
  });

  it("warns about public types and fields without a description, root types and extensions excepted", () => {
    expect(at(`type Lab { name: String! """ """ seats: Int } input LabFilter { name: String } type Query { labs: [Lab!]! } extend type Site { lab: Lab }`)).toEqual([
      "warning TYPE_DESCRIPTION Lab",
      "warning FIELD_DESCRIPTION Lab.name",
      "warning FIELD_DESCRIPTION Lab.seats",
      "warning TYPE_DESCRIPTION LabFilter",
      "warning FIELD_DESCRIPTION LabFilter.name",
      "warning FIELD_DESCRIPTION Query.labs",
      "warning FIELD_DESCRIPTION Site.lab",
    ]);
  });

  it("leaves out what clients never see or another subgraph owns: federation's names, @inaccessible, @external", () => {
    expect(
      at(`
        scalar link__Import
        type _Service { sdl: String }
        """x""" type Initiative @key(fields: "id") { """x""" id: ID! department: String! @external legacy_code: String @inaccessible }
        type internal_audit @inaccessible { Row: Int }
        """x""" enum Pillar { ACCESS legacy @inaccessible }
        type Query { _service: _Service! }
      `),
    ).toEqual([]);
  });

  it("has nothing to say about an SDL that does not parse (composition reports it)", () => {
    expect(lintSubgraph("type Query {")).toEqual([]);
  });
});

describe("the committed subgraphs", () => {
  const services = join(__dirname, "../../../..");
  const sdls = readdirSync(services)
    .map((name) => ({ name, path: join(services, name, "schema.graphql") }))
    .filter(({ path }) => existsSync(path));

  it("all six follow the naming rules, so naming can be an error without refusing any department", () => {
    expect(sdls.map(({ name }) => name).sort()).toEqual(["commerce", "hub", "immigrant-affairs", "it", "libraries", "parks"]);
    for (const { name, path } of sdls) {
      const errors = lintSubgraph(readFileSync(path, "utf8")).filter((finding) => finding.severity === "error");
      expect({ name, errors }).toEqual({ name, errors: [] });
    }
  });
});

describe("lint in the publish checks", () => {
  const live = listedSubgraphs();
  const parks = live.find(({ name }) => name === "parks") as SubgraphDefinition;
  const check = (sdl: string) => runChecks({ candidate: { ...parks, sdl }, live: { subgraphs: live, supergraphSdl: composeSupergraph(live) }, operations: [], feed: { reachable: true, pages: [] } });

  it("passes with warnings only, and refuses a lint error", async () => {
    const today = await check(parks.sdl);
    expect(today.report.ok).toBe(true);
    expect(today.report.lint?.length).toBeGreaterThan(0);
    expect(today.report.lint?.every(({ severity }) => severity === "warning")).toBe(true);

    expect(parks.sdl).toContain("  seats: Int!\n");
    const badName = await check(parks.sdl.replace("  seats: Int!\n", '  """Seats in the camp."""\n  seat_count: Int!\n'));
    expect(badName.report.ok).toBe(false);
    expect(badName.report.lint).toContainEqual(expect.objectContaining({ rule: "FIELD_NAME", severity: "error", coordinate: "AfterschoolComputerCamp.seat_count" }));
  });
});
