import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { type Server, createServer } from "node:http";
import { type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildDepartmentSubgraph } from "@dlhub/subgraph-kit";
import { createTestDatabase, startTestSubgraph, type TestDatabase, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { hub } from "@dlhub/hub";
import { parks } from "@dlhub/parks";
import { type RegistryService, startRegistry } from "@dlhub/registry";
import { Role, createIdentityVerifier, mintDevelopmentToken } from "@dlhub/schema";
import { runCli } from "./cli-harness";

/**
 * The dlhub CLI against a real registry (its own PostgreSQL database, HTTP on port 0) and a real
 * department subgraph (Parks & Recreation, seeded, serving its initiative feed), run in process
 * exactly as the bin runs it: argv in, text or JSON and an exit code out.
 */
const secret = randomBytes(32).toString("hex");
let database: TestDatabase;
let registry: RegistryService;
let department: TestSubgraph;
let files: string;
let parksSdl: string;
let deadUrl: string;

const token = (roles: Role[], department?: string) =>
  mintDevelopmentToken(secret, { subject: department ? `ci-${department}` : "coordinator@phila.gov", roles, ...(department ? { department } : {}) });

const dlhub = (argv: string[], env: Record<string, string> = {}) => runCli(argv, { registryUrl: registry.url, cwd: files, env });

/** Writes an SDL file into the test's folder and answers its name, relative to the CLI's cwd. */
function schemaFile(name: string, sdl: string): string {
  writeFileSync(join(files, name), sdl);
  return name;
}

/** `text` must be in `sdl`, or the edit would silently test nothing. */
function edit(sdl: string, text: string, replacement: string): string {
  if (!sdl.includes(text)) throw new Error(`the SDL no longer contains ${JSON.stringify(text)}`);
  return sdl.replace(text, replacement);
}

beforeAll(async () => {
  files = mkdtempSync(join(tmpdir(), "dlhub-cli-"));
  database = await createTestDatabase("dlhub_cli");
  registry = await startRegistry({ databaseUrl: database.url, port: 0, verifier: createIdentityVerifier({ secret }) });
  department = await startTestSubgraph(parks);
  parksSdl = (await buildDepartmentSubgraph(parks)).sdl;
  const closed: Server = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
});

afterAll(async () => {
  await department?.stop();
  await registry?.close();
  await database?.drop();
  rmSync(files, { recursive: true, force: true });
});

describe("usage", () => {
  it("prints help at every level and exits 0", async () => {
    const top = await dlhub(["--help"]);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/^dlhub: /);
    for (const word of ["subgraph", "supergraph", "operations", "--registry <url>", "--token <jwt>", "--json", "-h, --help"]) expect(top.stdout).toContain(word);

    const group = await dlhub(["subgraph", "-h"]);
    expect(group.code).toBe(0);
    for (const command of ["init", "check", "publish", "list"]) expect(group.stdout).toMatch(new RegExp(`^  ${command} `, "m"));

    const publish = await dlhub(["subgraph", "publish", "--help"]);
    expect(publish.code).toBe(0);
    expect(publish.stdout).toContain("dlhub subgraph publish --name <name> (--schema <file> | --sdl <file> | --url <url>) --routing-url <url>");
    expect(publish.stdout).toContain("--routing-url <url>");
  });

  it("refuses an unknown command or option, a missing argument or file, with exit 1 and no stack", async () => {
    const unknown = await dlhub(["subgraf", "list"]);
    expect(unknown).toMatchObject({ code: 1, stdout: "" });
    expect(unknown.stderr).toBe('error[USAGE]: unknown command "subgraf" for "dlhub"; run `dlhub --help` to see the commands.\n');

    expect((await dlhub(["subgraph"])).code).toBe(1);
    const option = await dlhub(["subgraph", "list", "--verbose"]);
    expect(option.code).toBe(1);
    expect(option.stderr).toContain("Unknown option '--verbose'");

    const noName = await dlhub(["subgraph", "check", "--schema", "x.graphql"]);
    expect(noName).toMatchObject({ code: 1, stderr: "error[USAGE]: --name <subgraph name> is required.\n" });
    const noFile = await dlhub(["subgraph", "check", "--name", "parks", "--schema", "missing.graphql"]);
    expect(noFile).toMatchObject({ code: 1, stderr: "error[INPUT]: cannot read missing.graphql: no such file.\n" });
    for (const result of [unknown, option, noName, noFile]) expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("prints the CLI package's version with --version or -V", async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, "..", "package.json"), "utf8")) as { version: string };
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(await dlhub(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    expect(await dlhub(["-V"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    expect(JSON.parse((await dlhub(["--version", "--json"])).stdout)).toEqual({ ok: true, data: { version }, error: null });
    expect((await dlhub(["--help"])).stdout).toContain("dlhub --version");
  });

  it("answers usage errors in JSON too when asked", async () => {
    const { code, stdout } = await dlhub(["supergraph", "rollback", "--json"]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({ ok: false, data: null, error: { code: "USAGE", message: "--version <n> is required." } });
  });
});

describe("publishing", () => {
  it("publishes the hub, then a running department by its URL, with each one's publisher token", async () => {
    const hubFile = schemaFile("hub.graphql", (await buildDepartmentSubgraph(hub)).sdl);
    const hubPublish = await dlhub(["subgraph", "publish", "--name", "hub", "--schema", hubFile, "--routing-url", "http://127.0.0.1:4005/graphql"], {
      DLHUB_TOKEN: await token([Role.PUBLISHER], "hub"),
    });
    expect(hubPublish).toMatchObject({ code: 0, stderr: "" });
    expect(hubPublish.stdout).toContain(`Published hub to ${registry.url}: supergraph version 1.`);

    const published = await dlhub(["subgraph", "publish", "--name", "parks", "--url", department.url, "--token", await token([Role.PUBLISHER], "parks")]);
    expect(published).toMatchObject({ code: 0, stderr: "" });
    expect(published.stdout).toContain("Published parks");
    expect(published.stdout).toContain("supergraph version 2");
    expect(published.stdout).toContain(`routing URL: ${department.url}`);
    expect(published.stdout).toContain("Hub contract: ok");

    const again = await dlhub(["subgraph", "publish", "--name", "parks", "--url", department.url, "--token", await token([Role.PUBLISHER], "parks")]);
    expect(again.stdout).toContain("parks is unchanged");
  });

  it("lists the live subgraphs, as text and as JSON", async () => {
    const text = await dlhub(["subgraph", "list"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Subgraphs live in .* \(2\):$/m);
    expect(text.stdout).toMatch(new RegExp(`^  - parks\\s+${department.url.replace(/[.]/g, "\\.")}\\s+[0-9a-f]{12}\\s+published .* by ci-parks$`, "m"));

    const json = await dlhub(["--json", "subgraph", "list"]);
    expect(json.code).toBe(0);
    const document = JSON.parse(json.stdout);
    expect(document).toMatchObject({ ok: true, error: null });
    expect(document.data.map((s: { name: string }) => s.name).sort()).toEqual(["hub", "parks"]);
  });

  it("refuses another department's publisher (FORBIDDEN) and a missing token (UNAUTHENTICATED) with exit 3", async () => {
    const schema = schemaFile("parks.graphql", parksSdl);
    const args = ["subgraph", "publish", "--name", "parks", "--schema", schema, "--routing-url", department.url];
    const forbidden = await dlhub([...args, "--token", await token([Role.PUBLISHER], "libraries")]);
    expect(forbidden.code).toBe(3);
    expect(forbidden.stderr).toBe("error[FORBIDDEN]: Only the parks department's publisher may publish its subgraph.\n");
    const anonymous = await dlhub(args);
    expect(anonymous.code).toBe(3);
    expect(anonymous.stderr).toMatch(/^error\[UNAUTHENTICATED\]: .*Pass a token with --token or DLHUB_TOKEN\.\n$/);
  });

  it("says when the registry cannot be reached, with exit 3", async () => {
    const { code, stderr } = await dlhub(["subgraph", "list", "--registry", deadUrl]);
    expect(code).toBe(3);
    expect(stderr).toBe(`error[REGISTRY_UNREACHABLE]: The registry at ${deadUrl} cannot be reached (ECONNREFUSED); is it running? \`npm start\` runs one, or pass --registry.\n`);
  });
});

describe("checking", () => {
  const parksToken = () => token([Role.PUBLISHER], "parks");

  it("passes an unchanged schema, taking the routing URL it is live at", async () => {
    const { code, stdout } = await dlhub(["subgraph", "check", "--name", "parks", "--schema", schemaFile("same.graphql", parksSdl), "--token", await parksToken()]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Check of subgraph parks: passed$/m);
    expect(stdout).toContain("Schema changes: none");
  });

  it("fails a schema that breaks the hub contract with exit 2, naming the rule, type and field", async () => {
    const broken = edit(parksSdl, "parks: ParksInitiative", "parksDetail: ParksInitiative");
    const { code, stdout, stderr } = await dlhub(["subgraph", "check", "--name", "parks", "--schema", schemaFile("detail.graphql", broken), "--token", await parksToken()]);
    expect(code).toBe(2);
    expect(stdout).toMatch(/^Check of subgraph parks: FAILED$/m);
    expect(stdout).toMatch(/^ {2}- DETAIL_FIELD Initiative\.parksDetail: /m);
    expect(stderr).toBe("error[CHECK_FAILED]: parks would be refused; fix the findings above before publishing.\n");
  });

  it("checks an SDL file offline (--sdl): the department's feed is not probed, so nothing need run", async () => {
    const sdl = schemaFile("offline.graphql", parksSdl);
    const { code, stdout } = await dlhub(["subgraph", "check", "--name", "parks", "--sdl", sdl, "--routing-url", `${deadUrl}/graphql`, "--token", await parksToken()]);
    expect(code).toBe(0);
    expect(stdout).toContain("Hub contract: ok");
    const twice = await dlhub(["subgraph", "check", "--name", "parks", "--sdl", sdl, "--schema", sdl]);
    expect(twice).toMatchObject({ code: 1, stderr: expect.stringContaining("give the schema once") });
  });

  it("prints the report as Markdown for a pull-request comment, the failure on stderr only", async () => {
    const broken = edit(parksSdl, "parks: ParksInitiative", "parksDetail: ParksInitiative");
    const file = schemaFile("markdown.graphql", broken);
    const { code, stdout, stderr } = await dlhub(["subgraph", "check", "--name", "parks", "--sdl", file, "--format", "markdown", "--token", await parksToken()]);
    expect(code).toBe(2);
    expect(stdout.split("\n").slice(0, 2)).toEqual(["<!-- dlhub-check -->", "### ❌ DL Hub check of `parks`: failed"]);
    expect(stdout).toMatch(/^\| `DETAIL_FIELD` \| `Initiative\.parksDetail` \| /m);
    expect(stderr).toBe("error[CHECK_FAILED]: parks would be refused; fix the findings above before publishing.\n");
    const json = await dlhub(["subgraph", "check", "--name", "parks", "--sdl", file, "--format", "json", "--token", await parksToken()]);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, subgraph: "parks", contract: { ok: false } });
    const unknown = await dlhub(["subgraph", "check", "--name", "parks", "--sdl", file, "--format", "yaml"]);
    expect(unknown).toMatchObject({ code: 1, stderr: 'error[USAGE]: --format must be one of text, json, markdown, got "yaml".\n' });
  });

  it("fails a schema that does not compose with exit 2, listing the composition errors", async () => {
    const broken = edit(parksSdl, "  hasNextPage: Boolean!", "  hasNextPage: String!");
    const { code, stdout } = await dlhub(["subgraph", "check", "--name", "parks", "--schema", schemaFile("compose.graphql", broken), "--token", await parksToken(), "--json"]);
    expect(code).toBe(2);
    const { ok, data, error } = JSON.parse(stdout);
    expect({ ok, code: error.code }).toEqual({ ok: false, code: "CHECK_FAILED" });
    expect(data.composition.ok).toBe(false);
    expect(data.composition.errors.join("\n")).toContain("PageInfo.hasNextPage");
  });

  it("refuses a publish that would break a saved operation, naming the operation", async () => {
    const operations = schemaFile(
      "dashboard.graphql",
      `query LabSizes { parksInitiatives { nodes { ...Labs } } }
       fragment Labs on ParksInitiative { computerLabs { name workstations } }
       query InitiativeTitles { parksInitiatives { nodes { title } } }`,
    );
    const coordinator = await token([Role.COORDINATOR]);
    const registered = await dlhub(["operations", "register", "--client", "coordinator-dashboard", operations, "--token", coordinator]);
    expect(registered).toMatchObject({ code: 0, stderr: "" });
    expect(registered.stdout).toContain("Registered 2 operations of coordinator-dashboard");

    const withoutWorkstations = edit(parksSdl, '  """Public workstations in the lab."""\n  workstations: Int!\n', "");
    const file = schemaFile("breaking.graphql", withoutWorkstations);
    const { code, stdout, stderr } = await dlhub(["subgraph", "publish", "--name", "parks", "--schema", file, "--routing-url", department.url, "--token", await parksToken()]);
    expect(code).toBe(2);
    expect(stdout).toMatch(/^ {2}- BREAKING FIELD_REMOVED ComputerLab\.workstations: /m);
    expect(stdout).toContain("used by saved operations: coordinator-dashboard/LabSizes");
    expect(stdout).toMatch(/^ {2}- coordinator-dashboard\/LabSizes\n {6}Cannot query field "workstations" on type "ComputerLab"/m);
    expect(stderr).toMatch(/^error\[CHECK_FAILED\]: The parks subgraph failed its checks: /);

    // A client that no longer needs the field frees it: the same publish then passes.
    await dlhub(["operations", "register", "--client", "coordinator-dashboard", schemaFile("titles.graphql", "query InitiativeTitles { parksInitiatives { nodes { title } } }"), "--token", coordinator]);
    const freed = await dlhub(["subgraph", "publish", "--name", "parks", "--schema", file, "--routing-url", department.url, "--token", await parksToken()]);
    expect(freed.code).toBe(0);
    expect(freed.stdout).toContain("supergraph version 3");
  });
});

describe("the supergraph", () => {
  it("fetches the live supergraph SDL, to stdout or to a file", async () => {
    const printed = await dlhub(["supergraph", "fetch"]);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain("join__Graph");
    expect(printed.stdout).toContain("PARKS @join__graph(name: \"parks\"");

    const written = await dlhub(["supergraph", "fetch", "--output", "supergraph.graphql"]);
    expect(written).toMatchObject({ code: 0, stdout: "Wrote supergraph version 3 (hub, parks) to supergraph.graphql.\n" });
    expect(readFileSync(join(files, "supergraph.graphql"), "utf8")).toBe(printed.stdout);
  });

  it("rolls back as the coordinator only, to a version that exists", async () => {
    const coordinator = await token([Role.COORDINATOR]);
    const asPublisher = await dlhub(["supergraph", "rollback", "--version", "2", "--token", await token([Role.PUBLISHER], "parks")]);
    expect(asPublisher).toMatchObject({ code: 3, stderr: "error[FORBIDDEN]: Only the coordinator may roll the supergraph back.\n" });

    const missing = await dlhub(["supergraph", "rollback", "--version", "99", "--token", coordinator]);
    expect(missing).toMatchObject({ code: 1, stderr: "error[NOT_FOUND]: Supergraph version 99 does not exist.\n" });

    const rolledBack = await dlhub(["supergraph", "rollback", "--version", "2", "--token", coordinator]);
    expect(rolledBack).toMatchObject({ code: 0, stdout: "Rolled back: supergraph version 4 restores version 2 (hub, parks).\n" });
    const fetched = JSON.parse((await dlhub(["supergraph", "fetch", "--json"])).stdout);
    expect(fetched.data).toMatchObject({ version: 4, reason: "rollback", rolledBackTo: 2 });
    expect(fetched.data.sdl).toContain("workstations: Int!");
  });
});
