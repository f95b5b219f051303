import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPOSITORY_ROOT, RegistryClient, Role, mintDevelopmentToken } from "@dlhub/schema";
import { freePort } from "@dlhub/subgraph-kit";
import { type ServiceProcess, type TestDatabase, createTestDatabase, queryOk, startServiceProcess, waitFor } from "@dlhub/subgraph-kit/testing";
import { type CiSettings, outsideEnv, run, runOk, runWorkflowStep } from "./standalone-repository";
import { type TestHub, startTestHub } from "./start-test-hub";

/**
 * Issue 13's acceptance: a department works from a repository of its own. The CLI, the kit and
 * the schema are packed as the release would publish them; in a folder outside the checkout a
 * department installs only those tarballs, `dlhub subgraph init` makes it a repository, and that
 * repository's own `npm test` passes on a real PostgreSQL. Its CI file's check step runs with the
 * department not running, its publish step makes it live on a running hub, and the gateway serves
 * its initiatives. Slow by nature (two npm installs from the warm cache), so one of each.
 */
const INSTALL_TIMEOUT_MS = 15 * 60_000;
const packages = ["@dlhub/schema", "@dlhub/subgraph-kit", "@dlhub/cli"];

describe("a department in a repository of its own", () => {
  const work = mkdtempSync(join(tmpdir(), "dlhub-standalone-"));
  const repository = join(work, "adult-education");
  const summary = join(work, "step-summary.md");
  let packed: { name: string; filename: string; files: { path: string }[] }[];
  let hub: TestHub;
  let testsDatabase: TestDatabase;
  let serviceDatabase: TestDatabase;
  let service: ServiceProcess | undefined;
  let ci: CiSettings;
  const npm = (args: string[]) => runOk("npm", [...args, "--prefer-offline", "--no-audit", "--no-fund"], repository);

  // What an install that wandered into the checkout would change.
  const monorepoFiles = ["package.json", "package-lock.json"].map((file) => join(REPOSITORY_ROOT, file));
  const monorepoBefore = monorepoFiles.map((file) => readFileSync(file, "utf8"));

  beforeAll(async () => {
    const tarballs = join(work, "packages");
    mkdirSync(tarballs);
    packed = JSON.parse(await runOk("npm", ["pack", ...packages.flatMap((p) => ["-w", p]), "--pack-destination", tarballs, "--json"], REPOSITORY_ROOT));
    mkdirSync(repository);
    await npm(["install", ...packed.map((p) => join(tarballs, p.filename))]);
    await runOk(join(repository, "node_modules", ".bin", "dlhub"), ["subgraph", "init", "adult-education", "--dir", ".", "--title", "Office of Adult Education"], repository);
    await npm(["install"]);
    await npm(["run", "build"]);
  }, INSTALL_TIMEOUT_MS);

  beforeAll(async () => {
    hub = await startTestHub();
    testsDatabase = await createTestDatabase("standalone_tests");
    serviceDatabase = await createTestDatabase("standalone_service");
    const routingUrl = `http://127.0.0.1:${await freePort()}/graphql`;
    // The coordinator registers the department first, as `dlhub department register` does; its CI may then check and publish.
    const coordinatorToken = await mintDevelopmentToken(hub.tokenSecret, { subject: "coordinator@phila.gov", roles: [Role.COORDINATOR] });
    await new RegistryClient(hub.registryUrl, { token: coordinatorToken }).registerDepartment({ id: "adult-education", name: "Office of Adult Education" });
    const token = await mintDevelopmentToken(hub.tokenSecret, { subject: "adult-education-ci", roles: [Role.PUBLISHER], department: "adult-education" });
    ci = { vars: { DLHUB_REGISTRY_URL: hub.registryUrl, DLHUB_ROUTING_URL: routingUrl }, secrets: { DLHUB_TOKEN: token } };
  });

  afterAll(async () => {
    await service?.stop();
    await hub?.stop();
    await testsDatabase?.drop();
    await serviceDatabase?.drop();
    rmSync(work, { recursive: true, force: true });
  });

  it("packs versioned packages with their built files only, the kit's testing entry included", () => {
    const cli = JSON.parse(readFileSync(join(REPOSITORY_ROOT, "cli", "package.json"), "utf8")) as { version: string };
    expect(packed.map((p) => p.name).sort()).toEqual([...packages].sort());
    for (const { files } of packed) {
      expect(files.filter((f) => /\.map$|\.tsbuildinfo$|\.test\.|^src\//.test(f.path))).toEqual([]);
    }
    const kit = packed.find((p) => p.name === "@dlhub/subgraph-kit")!;
    expect(kit.files.map((f) => f.path)).toEqual(expect.arrayContaining(["dist/testing/index.js", "dist/testing/jest-postgres.js"]));
    for (const name of packages) {
      const installed = JSON.parse(readFileSync(join(repository, "node_modules", ...name.split("/"), "package.json"), "utf8"));
      // Publishable, at the release's one version, depending on each other at exactly that version.
      expect({ name, private: installed.private, version: installed.version }).toEqual({ name, private: undefined, version: cli.version });
      if (name !== "@dlhub/schema") expect(installed.dependencies["@dlhub/schema"]).toBe(cli.version);
    }
    // The department's installs stayed in its own folder: the checkout's manifest and lock are as they were.
    expect(monorepoFiles.map((file) => readFileSync(file, "utf8"))).toEqual(monorepoBefore);
  });

  it("answers `dlhub --version` from the installed bin with the CLI's version", async () => {
    const cli = JSON.parse(readFileSync(join(REPOSITORY_ROOT, "cli", "package.json"), "utf8")) as { version: string };
    expect((await runOk("npx", ["dlhub", "--version"], repository)).trim()).toBe(cli.version);
  });

  it("passes its own tests on a real PostgreSQL (DATABASE_URL, as a CI's database service)", async () => {
    const output = await runOk("npm", ["test"], repository, outsideEnv({ DATABASE_URL: testsDatabase.url }));
    expect(output).toMatch(/Tests:\s+6 passed, 6 total/);
  }, 5 * 60_000);

  it("writes schema.graphql from its code, without a database", async () => {
    await runOk("npm", ["run", "sdl"], repository);
    expect(readFileSync(join(repository, "schema.graphql"), "utf8")).toContain("adultEducation: AdultEducationInitiative");
    expect((await run("npm", ["run", "sdl", "--", "--check"], repository)).code).toBe(0);
  });

  it("runs its CI file's pull-request check while the department is not running, the report in Markdown", async () => {
    await expect(fetch(ci.vars.DLHUB_ROUTING_URL as string)).rejects.toThrow();
    const check = await runWorkflowStep(repository, "check", ci, { GITHUB_STEP_SUMMARY: summary });
    expect(check).toMatchObject({ code: 0 });
    const report = readFileSync(summary, "utf8");
    expect(report).toContain("### ✅ DL Hub check of `adult-education`: passed");
    expect(report).toContain("| Hub contract | ok |");
    expect(readFileSync(join(repository, "dlhub-check.md"), "utf8")).toBe(report);
  });

  it("fails the pull request's job when the check fails, the failing report still in the summary", async () => {
    const schema = join(repository, "schema.graphql");
    const committed = readFileSync(schema, "utf8");
    const failedSummary = join(work, "failed-summary.md");
    try {
      writeFileSync(schema, committed.replace("adultEducation: AdultEducationInitiative", "adultEducationDetail: AdultEducationInitiative"));
      const check = await runWorkflowStep(repository, "check", ci, { GITHUB_STEP_SUMMARY: failedSummary });
      expect(check).toMatchObject({ code: 2, output: expect.stringContaining("error[CHECK_FAILED]") });
    } finally {
      writeFileSync(schema, committed);
    }
    const report = readFileSync(failedSummary, "utf8");
    expect(report).toContain("### ❌ DL Hub check of `adult-education`: failed");
    expect(report).toMatch(/^\| `DETAIL_FIELD` \| /m);
  });

  it("names the missing setting when the repository lacks its secret, rather than trying a default registry", async () => {
    const unset = await runWorkflowStep(repository, "publish", { ...ci, secrets: { DLHUB_TOKEN: "" } }, {});
    expect(unset.code).not.toBe(0);
    expect(unset.output).toContain("set the repository secret DLHUB_TOKEN");
  });

  it("publishes with its CI file's main-branch step and its initiatives come through the gateway", async () => {
    service = await startServiceProcess(join(repository, "dist", "main.js"), {
      ADULT_EDUCATION_DATABASE_URL: serviceDatabase.url,
      ADULT_EDUCATION_PORT: new URL(ci.vars.DLHUB_ROUTING_URL as string).port,
      ADULT_EDUCATION_HOST: "127.0.0.1",
      ADULT_EDUCATION_SEED_DEMO_DATA: "true",
    }, /"url":"([^"]+)","msg":"subgraph listening"/);
    expect(service.url).toBe(ci.vars.DLHUB_ROUTING_URL);

    const publish = await runWorkflowStep(repository, "publish", ci, {});
    expect(publish).toMatchObject({ code: 0, output: expect.stringContaining("Published adult-education") });
    const initiatives = await waitFor(async () => {
      const data = await queryOk<any>(hub.gatewayUrl, `{ initiatives(filter: { departmentIds: ["adult-education"] }, first: 20) { totalCount nodes { title departmentId departmentName adultEducation { __typename } } } }`);
      return data.initiatives.totalCount > 0 ? data.initiatives : undefined;
    }, "the new department's initiatives through the gateway");
    expect(initiatives.totalCount).toBe(2);
    for (const node of initiatives.nodes) expect(node).toMatchObject({ departmentId: "adult-education", departmentName: "Office of Adult Education", adultEducation: { __typename: "AdultEducationInitiative" } });
  });
});
