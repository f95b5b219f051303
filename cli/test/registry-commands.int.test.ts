import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { queryOk, startTestSubgraph, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { parks } from "@dlhub/parks";
import { type CheckReport, type DeleteResult, Role, type SavedOperation, type SubgraphVersion, type SupergraphDiff, type SupergraphSummary } from "@dlhub/schema";
import { type RegistryFixture, committedSdl, edit, publishCommitted, startRegistryFixture } from "../../services/registry/test/registry-fixtures";
import { type CliRun, jsonOf, runCli } from "./cli-harness";

/**
 * The registry commands through the CLI with `--json` (and their text), against a real registry on
 * port 0 with its own database, and for introspect a real Parks & Recreation subgraph on port 0.
 */
let fixture: RegistryFixture;
let files: string;
let committedVersion: number;
let coordinatorToken: string;
let parksToken: string;

const dlhub = (...argv: string[]) => runCli(argv, { registryUrl: fixture.service.url, cwd: files });
const asCoordinator = (...argv: string[]) => dlhub(...argv, "--token", coordinatorToken);

/** A committed SDL with one more root field: a real change that composes and passes the contract. */
const withRootField = (name: string, field: string) => edit(committedSdl(name), "type Query {\n", `type Query {\n  """A test field."""\n  ${field}: Int\n`);

const expectNoStack = (run: CliRun) => expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);

beforeAll(async () => {
  files = mkdtempSync(join(tmpdir(), "dlhub-registry-commands-"));
  fixture = await startRegistryFixture("cli_registry_commands");
  committedVersion = await publishCommitted(fixture);
  coordinatorToken = await fixture.token({ subject: "coordinator@phila.gov", roles: [Role.COORDINATOR] });
  parksToken = await fixture.token({ subject: "ci-parks", roles: [Role.PUBLISHER], department: "parks" });
  await (await fixture.publisher("parks")).publish("parks", { sdl: withRootField("parks", "parksRevision"), routingUrl: fixture.routingUrl("parks") });
});

afterAll(async () => {
  await fixture?.stop();
  rmSync(files, { recursive: true, force: true });
});

describe("dlhub subgraph history", () => {
  it("lists a subgraph's versions newest first, the live one marked", async () => {
    const json = await dlhub("subgraph", "history", "--name", "parks", "--json");
    expect(json.code).toBe(0);
    const { ok, data } = jsonOf<SubgraphVersion[]>(json);
    expect(ok).toBe(true);
    expect(data.map(({ name, live, publishedBy }) => ({ name, live, publishedBy }))).toEqual([
      { name: "parks", live: true, publishedBy: "ci-parks" },
      { name: "parks", live: false, publishedBy: "ci-parks" },
    ]);
    const text = await dlhub("subgraph", "history", "--name", "parks");
    expect(text.stdout).toMatch(new RegExp(`^Versions of parks \\(2, newest first\\):\\n  - #${data[0]?.id} \\(live\\)  ${data[0]?.hash.slice(0, 12)}  `));
  });

  it("says NOT_FOUND for a subgraph never published, USAGE without --name", async () => {
    const missing = jsonOf(await dlhub("subgraph", "history", "--name", "aging", "--json"));
    expect(missing).toEqual({ ok: false, data: null, error: { code: "NOT_FOUND", message: "No subgraph named aging has been published." } });
    const noName = await dlhub("subgraph", "history");
    expect(noName).toMatchObject({ code: 1, stderr: "error[USAGE]: --name <subgraph name> is required.\n" });
  });
});

describe("dlhub supergraph history and diff", () => {
  it("lists every supergraph version with why it was made", async () => {
    const { data } = jsonOf<SupergraphSummary[]>(await dlhub("supergraph", "history", "--json"));
    expect(data.map(({ version, reason }) => `${version} ${reason}`)).toEqual(
      Array.from({ length: committedVersion + 1 }, (_, i) => `${committedVersion + 1 - i} publish`),
    );
    expect(data[0]?.subgraphs.map(({ name }) => name)).toEqual(["commerce", "hub", "it", "libraries", "parks"]);
    const text = await dlhub("supergraph", "history");
    expect(text.stdout).toMatch(new RegExp(`^  -\\s+${committedVersion + 1}  publish\\s+\\S+ by ci-parks  \\[commerce, hub, it, libraries, parks\\]$`, "m"));
  });

  it("compares two versions: the schema changes with criticality and the subgraph republished", async () => {
    const run = await dlhub("supergraph", "diff", String(committedVersion), String(committedVersion + 1), "--json");
    expect(run.code).toBe(0);
    const { data } = jsonOf<SupergraphDiff>(run);
    expect(data).toMatchObject({ from: committedVersion, to: committedVersion + 1 });
    expect(data.changes).toEqual([
      { criticality: "SAFE", type: "FIELD_ADDED", message: "Field 'parksRevision' was added to object type 'Query'", path: "Query.parksRevision" },
      { criticality: "SAFE", type: "FIELD_DESCRIPTION_ADDED", message: "Field 'Query.parksRevision' has description 'A test field.'", path: "Query.parksRevision" },
    ]);
    expect(data.subgraphs.map(({ name, from, to }) => ({ name, changed: from?.hash !== to?.hash }))).toEqual([{ name: "parks", changed: true }]);
    const text = await dlhub("supergraph", "diff", String(committedVersion + 1), String(committedVersion));
    expect(text.stdout).toContain(`Supergraph ${committedVersion + 1} → ${committedVersion}:`);
    expect(text.stdout).toContain("Schema changes: 1 (1 breaking, 0 dangerous, 0 safe)");
    expect(text.stdout).toContain("  - BREAKING FIELD_REMOVED Query.parksRevision: Field 'parksRevision' was removed from object type 'Query'");
  });

  it("refuses a version that is not a number (USAGE) or does not exist (NOT_FOUND), with exit 1", async () => {
    const notNumber = await dlhub("supergraph", "diff", "2", "latest", "--json");
    expect(notNumber.code).toBe(1);
    expect(jsonOf(notNumber).error).toEqual({ code: "USAGE", message: '<to-version> must be a supergraph version number (1, 2, …), got "latest".' });
    const missing = await dlhub("supergraph", "diff", "1", "99", "--json");
    expect(missing.code).toBe(1);
    expect(jsonOf(missing).error).toEqual({ code: "NOT_FOUND", message: "Supergraph version 99 does not exist." });
    expect((await dlhub("supergraph", "diff", "1")).code).toBe(1);
  });
});

describe("dlhub operations list", () => {
  beforeAll(async () => {
    const coordinator = await fixture.coordinator();
    await coordinator.registerOperations("dashboard", [{ name: "RecreationCenterLabs", document: "query RecreationCenterLabs { recreationCenters { name computerLabs { name } } }" }]);
    await coordinator.registerOperations("parks-site", [{ name: "CenterNames", document: "query CenterNames { recreationCenters { name } }" }]);
  });

  it("lists every client's saved operations, or one client's", async () => {
    const all = jsonOf<SavedOperation[]>(await dlhub("operations", "list", "--json")).data;
    expect(all.map(({ client, name }) => `${client}/${name}`)).toEqual(["dashboard/RecreationCenterLabs", "parks-site/CenterNames"]);
    const one = await dlhub("operations", "list", "--client", "parks-site", "--json");
    expect(jsonOf<SavedOperation[]>(one).data.map(({ client, name, document }) => ({ client, name, document }))).toEqual([
      { client: "parks-site", name: "CenterNames", document: "query CenterNames { recreationCenters { name } }" },
    ]);
    const text = await dlhub("operations", "list", "--client", "nobody");
    expect(text).toMatchObject({ code: 0, stdout: `No saved operations of nobody in ${fixture.service.url}.\n` });
  });
});

describe("dlhub subgraph delete", () => {
  it("is refused to anyone but the coordinator (exit 3)", async () => {
    const run = await dlhub("subgraph", "delete", "--name", "parks", "--token", parksToken, "--json");
    expect(run.code).toBe(3);
    expect(jsonOf(run).error).toEqual({ code: "FORBIDDEN", message: "Only the coordinator may delete a subgraph." });
    expect((await dlhub("subgraph", "delete", "--name", "parks")).stderr).toMatch(/^error\[UNAUTHENTICATED\]/);
  });

  it("is refused while a saved operation needs the subgraph (exit 2, the report as data)", async () => {
    const run = await asCoordinator("subgraph", "delete", "--name", "parks", "--json");
    expect(run.code).toBe(2);
    const { ok, data, error } = jsonOf<CheckReport>(run);
    expect(ok).toBe(false);
    expect(error?.code).toBe("CHECK_FAILED");
    expect(data).toMatchObject({ ok: false, removal: true, subgraph: "parks", composition: { ok: true } });
    expect(data.brokenOperations.map(({ client, name }) => `${client}/${name}`)).toEqual(["dashboard/RecreationCenterLabs", "parks-site/CenterNames"]);
    const text = await asCoordinator("subgraph", "delete", "--name", "parks");
    expect(text.stdout).toMatch(/^Check of deleting subgraph parks: FAILED$/m);
    expect(text.stdout).toContain("Saved operations broken: 2");
    expect(text.stderr).toMatch(/^error\[CHECK_FAILED\]: Deleting the parks subgraph was refused: saved operations would stop working/);
    expectNoStack(text);
  });

  it("is refused when the rest would not compose without it (exit 2)", async () => {
    const coordinator = await fixture.coordinator();
    await coordinator.registerOperations("dashboard", []);
    await coordinator.registerOperations("parks-site", []);
    // Libraries now reads a recreation center's name from parks: without parks that field has no owner.
    const leaning = edit(
      committedSdl("libraries"),
      "type Query {\n",
      '"""A recreation center, as a library points to it."""\ntype RecreationCenter @key(fields: "assetId") {\n  """The center\'s asset id."""\n  assetId: ID!\n  name: String! @external\n  """How to walk there from the nearest library."""\n  directionsFromLibrary: String @requires(fields: "name")\n}\n\ntype Query {\n',
    );
    const libraries = await fixture.publisher("libraries");
    await libraries.publish("libraries", { sdl: leaning, routingUrl: fixture.routingUrl("libraries") });
    const run = await asCoordinator("subgraph", "delete", "--name", "parks", "--json");
    expect(run.code).toBe(2);
    const { data } = jsonOf<CheckReport>(run);
    expect(data).toMatchObject({ ok: false, removal: true, brokenOperations: [] });
    expect(data.composition.ok).toBe(false);
    expect(data.composition.errors.join("\n")).toMatch(/RecreationCenter\.name/);
    await libraries.publish("libraries", { sdl: committedSdl("libraries"), routingUrl: fixture.routingUrl("libraries") });
  });

  it("refuses the hub subgraph itself (exit 1)", async () => {
    const run = await asCoordinator("subgraph", "delete", "--name", "hub", "--json");
    expect(run.code).toBe(1);
    expect(jsonOf(run).error).toEqual({ code: "BAD_REQUEST", message: "The hub subgraph cannot be deleted: it defines the Initiative every department extends." });
  });

  it("deletes when nothing needs it: a new version with reason delete, without parks", async () => {
    const before = jsonOf<SupergraphSummary[]>(await dlhub("supergraph", "history", "--json")).data[0] as SupergraphSummary;
    const run = await asCoordinator("subgraph", "delete", "--name", "parks", "--json");
    expect(run.code).toBe(0);
    const { data } = jsonOf<DeleteResult>(run);
    expect(data).toMatchObject({ deleted: "parks", report: { ok: true, removal: true }, supergraph: { version: before.version + 1, reason: "delete", createdBy: "coordinator@phila.gov" } });
    expect(data.supergraph.subgraphs.map(({ name }) => name)).toEqual(["commerce", "hub", "it", "libraries"]);
    const live = jsonOf<{ name: string }[]>(await dlhub("subgraph", "list", "--json")).data;
    expect(live.map(({ name }) => name).sort()).toEqual(["commerce", "hub", "it", "libraries"]);
    const history = await dlhub("supergraph", "history");
    expect(history.stdout).toMatch(new RegExp(`^  -\\s+${before.version + 1}  delete\\s+\\S+ by coordinator@phila.gov  \\[commerce, hub, it, libraries\\]$`, "m"));
  });
});

describe("dlhub subgraph introspect", () => {
  let department: TestSubgraph;
  beforeAll(async () => {
    department = await startTestSubgraph(parks);
  });
  afterAll(() => department?.stop());

  it("prints the SDL the running subgraph answers to { _service { sdl } }", async () => {
    const { _service: served } = await queryOk<{ _service: { sdl: string } }>(department.url, "{ _service { sdl } }");
    expect(served.sdl).toContain("type RecreationCenter");
    const run = await dlhub("subgraph", "introspect", "--url", department.url, "--json");
    expect(run.code).toBe(0);
    expect(jsonOf<{ url: string; sdl: string }>(run).data).toEqual({ url: department.url, sdl: served.sdl });
    const text = await dlhub("subgraph", "introspect", "--url", department.url);
    expect(text.stdout).toBe(`${served.sdl.trimEnd()}\n`);
  });

  it("writes it to --output", async () => {
    const run = await dlhub("subgraph", "introspect", "--url", department.url, "--output", "parks.graphql");
    expect(run).toMatchObject({ code: 0, stdout: `Wrote the SDL of ${department.url} to parks.graphql.\n` });
    expect(readFileSync(join(files, "parks.graphql"), "utf8")).toContain("type RecreationCenter");
  });

  it("says why it cannot: nothing listening (SUBGRAPH_UNREACHABLE), not a subgraph (INPUT), no --url (USAGE)", async () => {
    const dead = jsonOf(await dlhub("subgraph", "introspect", "--url", fixture.deadRoutingUrl, "--json"));
    expect(dead.error?.code).toBe("SUBGRAPH_UNREACHABLE");
    const notSubgraph = await dlhub("subgraph", "introspect", "--url", `${fixture.service.url}/health`);
    expect(notSubgraph.code).toBe(1);
    expect(notSubgraph.stderr).toMatch(/^error\[INPUT\]: .* did not answer \{ _service \{ sdl \} \}/);
    expect((await dlhub("subgraph", "introspect", "--json")).stdout).toContain('"code": "USAGE"');
  });
});
