import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ts from "typescript";
import { parse } from "yaml";
import { REPOSITORY_ROOT, checkContract, composeSupergraph, listedSubgraphs } from "@dlhub/schema";
import { AddInitiativeDemoFlag20261201000001, type DepartmentDefinition, buildDepartmentSubgraph } from "@dlhub/subgraph-kit";
import { postGraphql, queryOk, startTestSubgraph, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { type RegistryFixture, startRegistryFixture } from "../../services/registry/test/registry-fixtures";
import { runDlhub } from "../src/run";
import { KIT_CONTRACT_MIGRATIONS_END, ScaffoldTargetExists, scaffoldDepartment } from "../src/scaffold";

/**
 * A scaffolded department must work, not merely exist: it is written into a scratch folder inside
 * the repository (so node_modules and jest's @dlhub mapping resolve as for any department), then
 * type-checked, started on a real database, queried and checked against the hub contract.
 */
const scratch = join(REPOSITORY_ROOT, ".scaffold-test", randomBytes(4).toString("hex"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  // The shared parent goes too once no other run is using it.
  if (readdirSync(dirname(scratch)).length === 0) rmSync(dirname(scratch), { recursive: true, force: true });
});

describe("scaffoldDepartment", () => {
  const directory = join(scratch, "services", "arts-culture");
  let files: string[];
  let subgraph: TestSubgraph | undefined;
  // A department registered after the closed Department enum: it has no value in it and needs none.
  // jest compiles the scaffolded TypeScript like any source; its @dlhub/* imports resolve to the repository's.
  const scaffolded = async () => ((await import(join(directory, "src", "department.ts"))) as { artsCulture: DepartmentDefinition }).artsCulture;

  beforeAll(() => {
    ({ files } = scaffoldDepartment({
      name: "arts-culture",
      title: "Office of Arts, Culture and the Creative Economy",
      directory,
      repositoryRoot: REPOSITORY_ROOT,
    }));
  });
  afterAll(() => subgraph?.stop());

  it("writes a department package in the shape of the others", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "package.json",
        "tsconfig.json",
        "src/department.ts",
        "src/index.ts",
        "src/main.ts",
        "src/env.ts",
        "src/emit-sdl.ts",
        "src/loaders.ts",
        "src/initiatives/contract.ts",
        "src/initiatives/arts-culture-initiative.entity.ts",
        "src/initiatives/arts-culture-initiative.resolver.ts",
        "src/venues/arts-culture-venue.entity.ts",
        "src/venues/arts-culture-venue.resolver.ts",
        "src/seed/demo-data.ts",
        "src/seed/seed.ts",
        "test/arts-culture.int.test.ts",
      ]),
    );
    const migration = files.find((f) => f.startsWith("src/migrations/")) as string;
    expect(migration).toMatch(/^src\/migrations\/\d{14}-CreateArtsCultureTables\.ts$/);
    const manifest = JSON.parse(readFileSync(join(directory, "package.json"), "utf8"));
    const parks = JSON.parse(readFileSync(join(REPOSITORY_ROOT, "services", "parks", "package.json"), "utf8"));
    expect(manifest.name).toBe("@dlhub/arts-culture");
    expect(Object.keys(manifest.scripts).sort()).toEqual(Object.keys(parks.scripts).sort());
    expect(manifest.dependencies["type-graphql"]).toBe(parks.dependencies["type-graphql"]);
    expect(readFileSync(join(directory, "src", "env.ts"), "utf8")).toContain('departmentEnv("arts-culture");');
  });

  it("orders its migration after the kit's contract migrations, which it builds on", () => {
    const kitLast = new AddInitiativeDemoFlag20261201000001().name.slice(-14);
    expect(KIT_CONTRACT_MIGRATIONS_END).toBe(kitLast);
    const migration = files.find((f) => f.startsWith("src/migrations/")) as string;
    expect(migration.slice("src/migrations/".length, "src/migrations/".length + 14) > kitLast).toBe(true);
  });

  it("type-checks under the repository's strict settings, its test included", () => {
    const configPath = join(REPOSITORY_ROOT, "tsconfig.typecheck.json");
    const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
    const program = ts.createProgram(
      files.filter((f) => f.endsWith(".ts")).map((f) => join(directory, f)),
      config?.options ?? {},
    );
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName.startsWith(directory))
      .map((d) => `${d.file?.fileName.slice(directory.length)}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(problems).toEqual([]);
    // A whole program over the schema and kit sources: give a busy machine time.
  }, 180_000);

  it("starts on a real database and serves its initiatives, venues and sites", async () => {
    const definition = await scaffolded();
    subgraph = await startTestSubgraph(definition);
    const data = await queryOk<any>(
      subgraph.url,
      `{ artsCultureInitiatives { totalCount nodes { slug departmentId summary sites { id kind } venues { name initiative { slug } } } } }`,
    );
    expect(data.artsCultureInitiatives.totalCount).toBe(2);
    const workshops = data.artsCultureInitiatives.nodes.find((n: { slug: string }) => n.slug === "digital-skills-workshops");
    expect(workshops).toMatchObject({ departmentId: "arts-culture", summary: expect.stringMatching(/\(DL Hub demo data\)$/) });
    expect(workshops.sites).toEqual([
      { id: "arts-culture:partner_site:demo-municipal-services-building", kind: "PARTNER_SITE" },
      { id: "arts-culture:partner_site:demo-parkway-central-library", kind: "PARTNER_SITE" },
    ]);
    expect(workshops.venues.every((v: { initiative: { slug: string } }) => v.initiative.slug === "digital-skills-workshops")).toBe(true);

    const feed = await fetch(subgraph.url.replace(/\/graphql$/, "/initiative-feed?limit=10"));
    expect(feed.status).toBe(200);
    const page = (await feed.json()) as { departmentId: string; changes: { initiative: Record<string, unknown> }[] };
    expect(JSON.stringify(page)).toContain("digital-skills-workshops");
    // Known by its registered id alone: no enum value on the page or in any snapshot.
    expect(page.departmentId).toBe("arts-culture");
    expect(page).not.toHaveProperty("department");
    for (const { initiative } of page.changes) expect(initiative).toMatchObject({ departmentId: "arts-culture" });
    expect(page.changes.some(({ initiative }) => "department" in initiative)).toBe(false);

    // Its venues are places too, demo-flagged, under the same ids as the sites.
    const places = (await (await fetch(subgraph.url.replace(/\/graphql$/, "/place-feed?limit=10"))).json()) as {
      departmentId: string;
      changes: { place: { id: string; isDemo: boolean; kind: string } }[];
    };
    expect(places.departmentId).toBe("arts-culture");
    expect(places.changes.map((c) => c.place.id).sort()).toEqual([
      "arts-culture:partner_site:demo-municipal-services-building",
      "arts-culture:partner_site:demo-one-parkway-building",
      "arts-culture:partner_site:demo-parkway-central-library",
    ]);
    for (const { place } of places.changes) {
      expect(place).toMatchObject({ departmentId: "arts-culture", isDemo: true, kind: "PARTNER_SITE" });
      expect(place).not.toHaveProperty("department");
    }
  });

  it("serves no Department enum at all: its SDL names none, and its initiatives answer no department field", async () => {
    const { sdl } = await buildDepartmentSubgraph(await scaffolded());
    expect(sdl).not.toMatch(/\bDepartment\b/);
    expect(sdl).toContain("departmentId: ID! @external");
    expect(sdl).toContain('artsCulture: ArtsCultureInitiative @requires(fields: "departmentId")');
    expect(readFileSync(join(directory, "src", "initiatives", "contract.ts"), "utf8")).not.toContain("Department");
    const asked = await postGraphql(subgraph?.url ?? "", "{ artsCultureInitiatives(first: 1) { nodes { department } } }");
    expect(asked.errors?.[0]?.message).toMatch(/Cannot query field "department"/);
  });

  it("passes the hub contract check and composes with every committed subgraph", async () => {
    const definition = await scaffolded();
    const { sdl } = await buildDepartmentSubgraph(definition);
    const hubSdl = readFileSync(join(REPOSITORY_ROOT, "services", "hub", "schema.graphql"), "utf8");
    expect(checkContract(sdl, { name: "arts-culture", hubSdl, feedReachable: true })).toEqual({ ok: true, problems: [] });
    expect(sdl).toContain("artsCulture: ArtsCultureInitiative");
    const supergraph = composeSupergraph([...listedSubgraphs(), { name: "arts-culture", url: "http://localhost:4010/graphql", sdl }]);
    expect(supergraph).toContain("ARTS_CULTURE @join__graph");
  });

  it("refuses to write over an existing folder", () => {
    expect(() =>
      scaffoldDepartment({ name: "arts-culture", title: "Again", directory }),
    ).toThrow(ScaffoldTargetExists);
  });
});

describe("dlhub subgraph init", () => {
  // A stand-in repository root, so the test edits its package.json and tsconfig.json, not ours.
  const root = join(scratch, "repository");
  const run = async (argv: string[]) => {
    const out = { stdout: "", stderr: "" };
    const code = await runDlhub(argv, {
      stdout: { write: (text: string) => (out.stdout += text) },
      stderr: { write: (text: string) => (out.stderr += text) },
      env: {},
      cwd: root,
    });
    return { code, ...out };
  };

  beforeAll(() => {
    mkdirSync(join(root, "services", "parks", "src"), { recursive: true });
    writeFileSync(join(root, "package.json"), `${JSON.stringify({ name: "dlhub", private: true, workspaces: ["schema", "services/parks"] }, null, 2)}\n`);
    writeFileSync(join(root, "tsconfig.json"), `${JSON.stringify({ files: [], references: [{ path: "schema" }, { path: "services/parks" }] }, null, 2)}\n`);
    // parks holds 4007 in the stand-in's table of default ports, so the next department gets 4008.
    mkdirSync(join(root, "schema"));
    writeFileSync(join(root, "schema", "subgraphs.json"), JSON.stringify({ subgraphs: [{ name: "parks", sdl: "services/parks/schema.graphql", url: "http://localhost:4007/graphql" }] }));
  });

  it("creates services/<name>, joins the workspace and prints the next steps", async () => {
    const { code, stdout, stderr } = await run(["subgraph", "init", "immigrant-affairs", "--title", "Office of Immigrant Affairs"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toContain("Created @dlhub/immigrant-affairs in services/immigrant-affairs");
    expect(stdout).toContain("department id immigrant-affairs, port 4008");
    expect(stdout).toContain("No registry is configured (--registry or DLHUB_REGISTRY_URL), so whether immigrant-affairs is registered was not checked; register it first");
    expect(stdout).toContain("Added services/immigrant-affairs to the workspaces in package.json and the references in tsconfig.json.");
    for (const step of ["npm install", "npm run sdl -w @dlhub/immigrant-affairs", "npm start -w @dlhub/immigrant-affairs", "subgraph check", "subgraph publish"]) {
      expect(stdout).toContain(step);
    }
    // The registry takes its subgraph only once the coordinator registered the department: unchecked, that is the first step.
    expect(stdout).toContain('  1. npx dlhub department register immigrant-affairs --name "Office of Immigrant Affairs"');
    expect(existsSync(join(root, "services", "immigrant-affairs", "src", "department.ts"))).toBe(true);
    expect(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).workspaces).toEqual(["schema", "services/parks", "services/immigrant-affairs"]);
    expect(JSON.parse(readFileSync(join(root, "tsconfig.json"), "utf8")).references).toContainEqual({ path: "services/immigrant-affairs" });
    expect(JSON.parse(readFileSync(join(root, "schema", "subgraphs.json"), "utf8")).published).toEqual([{ name: "immigrant-affairs", url: "http://localhost:4008/graphql" }]);
    const tsconfig = JSON.parse(readFileSync(join(root, "services", "immigrant-affairs", "tsconfig.json"), "utf8"));
    expect(tsconfig.extends).toBe("../../tsconfig.base.json");
  });

  it("refuses an existing folder with exit code 1 and changes nothing", async () => {
    const before = readFileSync(join(root, "package.json"), "utf8");
    const { code, stderr } = await run(["subgraph", "init", "immigrant-affairs"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error\[TARGET_EXISTS\]: .*services\/immigrant-affairs already exists/);
    expect(readFileSync(join(root, "package.json"), "utf8")).toBe(before);
  });

  it("takes an id outside the closed Department enum, answers --json, and only notes a --department given", async () => {
    const json = await run(["subgraph", "init", "digital-equity", "--dir", "elsewhere/digital-equity", "--port", "4100", "--json"]);
    expect(json.code).toBe(0);
    const { ok, data } = JSON.parse(json.stdout);
    expect(ok).toBe(true);
    expect(data).toMatchObject({ packageName: "@dlhub/digital-equity", departmentId: "digital-equity", title: "Digital Equity", registration: null, port: 4100, workspace: { workspace: "elsewhere/digital-equity" } });
    expect(data.department).toBeUndefined();
    const legacy = await run(["subgraph", "init", "digital-health", "--department", "public_health", "--dir", "elsewhere/digital-health", "--port", "4101"]);
    expect({ code: legacy.code, stderr: legacy.stderr }).toEqual({ code: 0, stderr: "" });
    expect(legacy.stdout).toMatch(/^Note: --department is deprecated and ignored\./);
    expect(readFileSync(join(root, "elsewhere", "digital-health", "src", "initiatives", "contract.ts"), "utf8")).not.toContain("Department");
  });

  it("refuses a name that is not lower kebab-case, and a bad port", async () => {
    expect((await run(["subgraph", "init", "Immigrant_Affairs"])).stderr).toContain("lower kebab-case");
    expect((await run(["subgraph", "init", "aging", "--port", "http"])).code).toBe(1);
  });
});

describe("dlhub subgraph init with a registry", () => {
  // Ids the registry does not know are refused before anything is written; a registered one lends its name.
  const root = join(scratch, "registered");
  let fixture: RegistryFixture;
  const run = async (argv: string[], env: Record<string, string> = { DLHUB_REGISTRY_URL: fixture.service.url }) => {
    const out = { stdout: "", stderr: "" };
    const code = await runDlhub(argv, {
      stdout: { write: (text: string) => (out.stdout += text) },
      stderr: { write: (text: string) => (out.stderr += text) },
      env,
      cwd: root,
    });
    return { code, ...out };
  };

  beforeAll(async () => {
    fixture = await startRegistryFixture("cli_scaffold");
    mkdirSync(join(root, "schema"), { recursive: true });
    writeFileSync(join(root, "package.json"), `${JSON.stringify({ name: "dlhub", private: true, workspaces: ["schema"] }, null, 2)}\n`);
    writeFileSync(join(root, "tsconfig.json"), `${JSON.stringify({ files: [], references: [{ path: "schema" }] }, null, 2)}\n`);
  });
  afterAll(() => fixture?.stop());

  it("refuses an id that is not registered, listing the registered ids and how to register, and writes nothing", async () => {
    const { code, stdout, stderr } = await run(["subgraph", "init", "arts-culture"]);
    expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
    expect(stderr).toMatch(/^error\[DEPARTMENT_NOT_REGISTERED\]: arts-culture is not a department registered in http/);
    expect(stderr).toContain("registered: ");
    for (const id of ["it", "libraries", "commerce", "parks", "immigrant-affairs"]) expect(stderr).toContain(id);
    expect(stderr).toContain('`dlhub department register arts-culture --name "<display name>"`');
    expect(existsSync(join(root, "services", "arts-culture"))).toBe(false);
    expect(readdirSync(root).sort()).toEqual(["package.json", "schema", "tsconfig.json"]);
  });

  it("takes a registered id, titles it with the registered name and leaves out the register step", async () => {
    const coordinator = await fixture.coordinator();
    await coordinator.registerDepartment({ id: "arts-culture", name: "Office of Arts, Culture and the Creative Economy" });
    // The global --registry option names a registry as DLHUB_REGISTRY_URL does.
    const { code, stdout, stderr } = await run(["subgraph", "init", "arts-culture", "--registry", fixture.service.url], {});
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).toContain("Office of Arts, Culture and the Creative Economy, department id arts-culture");
    expect(stdout).toContain(`arts-culture is registered in ${fixture.service.url} as "Office of Arts, Culture and the Creative Economy".`);
    expect(stdout).not.toContain("dlhub department register");
    expect(existsSync(join(root, "services", "arts-culture", "src", "department.ts"))).toBe(true);
    const json = await run(["subgraph", "init", "arts-culture", "--dir", "elsewhere/arts-culture", "--title", "Arts & Culture", "--json"]);
    expect(JSON.parse(json.stdout).data).toMatchObject({ title: "Arts & Culture", departmentId: "arts-culture", registration: { id: "arts-culture", name: "Office of Arts, Culture and the Creative Economy" } });
  });
});

describe("dlhub subgraph init outside a DL Hub checkout", () => {
  // The OS temp folder has no DL Hub package.json above it: the department is a repository of its own.
  const outside = mkdtempSync(join(tmpdir(), "dlhub-standalone-"));
  afterAll(() => rmSync(outside, { recursive: true, force: true }));
  const run = async (argv: string[], cwd = outside) => {
    const out = { stdout: "", stderr: "" };
    const code = await runDlhub(argv, {
      stdout: { write: (text: string) => (out.stdout += text) },
      stderr: { write: (text: string) => (out.stderr += text) },
      env: {},
      cwd,
    });
    return { code, ...out };
  };
  const readJson = (...path: string[]) => JSON.parse(readFileSync(join(outside, ...path), "utf8"));

  it("creates a repository of its own: scripts to build, test, check and publish, jest on a real PostgreSQL, a README and a CI file", async () => {
    const { code, stdout, stderr } = await run(["subgraph", "init", "aging", "--title", "Department of Aging", "--json"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const { data } = JSON.parse(stdout);
    expect(data.files).toEqual(expect.arrayContaining(["package.json", "tsconfig.json", "tsconfig.test.json", "jest.config.js", "jest.global-setup.js", "README.md", ".gitignore", ".github/workflows/dlhub.yml", "test/aging.int.test.ts"]));
    const manifest = readJson("aging", "package.json");
    expect(Object.keys(manifest.scripts).sort()).toEqual(["build", "check", "publish", "sdl", "start", "test", "typecheck"]);
    expect(manifest.scripts.check).toBe("dlhub subgraph check --name aging --sdl schema.graphql");
    const { version } = JSON.parse(readFileSync(join(REPOSITORY_ROOT, "cli", "package.json"), "utf8"));
    expect(manifest.devDependencies["@dlhub/cli"]).toBe(version);
    expect(manifest.dependencies).toMatchObject({ "@dlhub/schema": version, "@dlhub/subgraph-kit": version });
    expect(readFileSync(join(outside, "aging", "jest.global-setup.js"), "utf8")).toContain("@dlhub/subgraph-kit/testing/jest-postgres");
    expect(readFileSync(join(outside, "aging", "README.md"), "utf8")).toContain("AGING_PORT=4007");
    expect(readFileSync(join(outside, "aging", "README.md"), "utf8")).toContain('`dlhub department register aging\n--name "Department of Aging"`');
  });

  it("writes a CI file that tests every change, checks pull requests and publishes main with the CI's secret", () => {
    const workflow = parse(readFileSync(join(outside, "aging", ".github", "workflows", "dlhub.yml"), "utf8"));
    expect(Object.keys(workflow.on)).toEqual(["pull_request", "push"]);
    expect(workflow.on.push.branches).toEqual(["main"]);
    const job = workflow.jobs.subgraph;
    expect(job.env).toEqual({ DLHUB_REGISTRY_URL: "${{ vars.DLHUB_REGISTRY_URL }}", DLHUB_ROUTING_URL: "${{ vars.DLHUB_ROUTING_URL }}" });
    const runs = job.steps.map((step: { run?: string }) => step.run).filter(Boolean);
    expect(runs.slice(0, 4)).toEqual(["npm ci", "npm run build", "npm test", "npm run sdl -- --check"]);
    const step = (id: string) => job.steps.find((s: { id?: string }) => s.id === id);
    expect(step("check")).toMatchObject({ if: "github.event_name == 'pull_request'", env: { DLHUB_TOKEN: "${{ secrets.DLHUB_TOKEN }}" } });
    expect(step("check").run).toContain("npx dlhub subgraph check --name aging --sdl schema.graphql --routing-url \"$DLHUB_ROUTING_URL\" --format markdown > dlhub-check.md");
    expect(step("check").run).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(step("publish")).toMatchObject({ if: "github.event_name == 'push' && github.ref == 'refs/heads/main'", env: { DLHUB_TOKEN: "${{ secrets.DLHUB_TOKEN }}" } });
    expect(job.steps.some((s: { run?: string }) => s.run?.includes("gh pr comment"))).toBe(true);
  });

  it("creates it in a folder that holds only what `npm install` of the DL Hub packages left, keeping their specs", async () => {
    const folder = join(outside, "adult-education");
    mkdirSync(join(folder, "node_modules"), { recursive: true });
    writeFileSync(join(folder, "package.json"), JSON.stringify({ dependencies: { "@dlhub/cli": "file:../dlhub-cli-0.1.0.tgz", "@dlhub/subgraph-kit": "file:../dlhub-subgraph-kit-0.1.0.tgz" } }));
    const { code, stderr } = await run(["subgraph", "init", "adult-education", "--dir", "."], folder);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const manifest = readJson("adult-education", "package.json");
    expect(manifest.name).toBe("@dlhub/adult-education");
    expect(manifest.devDependencies["@dlhub/cli"]).toBe("file:../dlhub-cli-0.1.0.tgz");
    expect(manifest.dependencies["@dlhub/subgraph-kit"]).toBe("file:../dlhub-subgraph-kit-0.1.0.tgz");
    expect(manifest.dependencies["@dlhub/cli"]).toBeUndefined();
    expect(existsSync(join(folder, "src", "department.ts"))).toBe(true);
  });

  it("refuses a folder holding anything else, with exit code 1 and nothing written", async () => {
    const folder = join(outside, "public-health");
    mkdirSync(join(folder, "notes"), { recursive: true });
    const { code, stderr } = await run(["subgraph", "init", "public-health", "--dir", "."], folder);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^error\[TARGET_EXISTS\]: /);
    expect(readdirSync(folder)).toEqual(["notes"]);
    // A package.json npm did not write (not even JSON) is someone's work too.
    const other = join(outside, "other");
    mkdirSync(other);
    writeFileSync(join(other, "package.json"), "{ not json");
    expect(await run(["subgraph", "init", "public-health", "--dir", "."], other)).toMatchObject({ code: 1, stderr: expect.stringMatching(/^error\[TARGET_EXISTS\]: /) });
    expect(readFileSync(join(other, "package.json"), "utf8")).toBe("{ not json");
  });
});
