import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RegisteredDepartment, Role } from "@dlhub/schema";
import { type RegistryFixture, startRegistryFixture } from "../../services/registry/test/registry-fixtures";
import { jsonOf, runCli } from "./cli-harness";

/** `dlhub department register|list` with `--json` and as text, against a real registry on port 0. */
let fixture: RegistryFixture;
let coordinatorToken: string;
let publisherToken: string;
let files: string;

const dlhub = (argv: string[], token?: string) => runCli(argv, { registryUrl: fixture.service.url, cwd: process.cwd(), env: token ? { DLHUB_TOKEN: token } : {} });
const register = (...argv: string[]) => dlhub(["department", "register", ...argv], coordinatorToken);

beforeAll(async () => {
  fixture = await startRegistryFixture("cli_departments");
  coordinatorToken = await fixture.token({ subject: "coordinator@phila.gov", roles: [Role.COORDINATOR] });
  publisherToken = await fixture.token({ subject: "ci-housing", roles: [Role.PUBLISHER], department: "housing" });
  files = mkdtempSync(join(tmpdir(), "dlhub-departments-"));
});
afterAll(async () => {
  await fixture?.stop();
  if (files) rmSync(files, { recursive: true, force: true });
});

describe("dlhub department register", () => {
  it("registers a department, says so, and the same registration again changes nothing", async () => {
    const run = await register("arts-culture", "--name", "Office of Arts, Culture and the Creative Economy", "--contact", "creative@phila.gov", "--json");
    expect(run.code).toBe(0);
    const { ok, data } = jsonOf<{ department: RegisteredDepartment; created: boolean }>(run);
    expect(ok).toBe(true);
    expect(data).toEqual({
      created: true,
      department: { id: "arts-culture", name: "Office of Arts, Culture and the Creative Economy", contact: "creative@phila.gov", registeredBy: "coordinator@phila.gov", registeredAt: expect.any(String) },
    });
    const again = await register("arts-culture", "--name", "Office of Arts, Culture and the Creative Economy", "--contact", "creative@phila.gov");
    expect(again).toMatchObject({ code: 0, stderr: "" });
    expect(again.stdout).toBe(
      `Department arts-culture (Office of Arts, Culture and the Creative Economy, contact creative@phila.gov) was already registered, by coordinator@phila.gov at ${data.department.registeredAt}; nothing changed.\n`,
    );
  });

  it("ends with exit 1 and CONFLICT for the same id with another name, USAGE without --name, BAD_REQUEST for a bad id", async () => {
    const conflict = await register("arts-culture", "--name", "Arts", "--json");
    expect(conflict.code).toBe(1);
    expect(jsonOf(conflict).error).toMatchObject({ code: "CONFLICT", message: expect.stringContaining('Department arts-culture is already registered as "Office of Arts, Culture and the Creative Economy"') });
    expect(await register("housing")).toMatchObject({ code: 1, stderr: expect.stringMatching(/^error\[USAGE\]: --name <display name> is required/) });
    const badId = await register("Housing_Authority", "--name", "Philadelphia Housing Authority", "--json");
    expect(badId.code).toBe(1);
    expect(jsonOf(badId).error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("a subgraph name must be 2–41 characters") });
  });

  it("refuses a publisher's token with FORBIDDEN (exit 3)", async () => {
    const run = await dlhub(["department", "register", "housing", "--name", "Philadelphia Housing Authority", "--json"], publisherToken);
    expect(run.code).toBe(3);
    expect(jsonOf(run).error).toEqual({ code: "FORBIDDEN", message: "Only the coordinator may register a department." });
  });
});

describe("dlhub department list", () => {
  it("lists every registered department without a token, as JSON and as text", async () => {
    const { ok, data } = jsonOf<RegisteredDepartment[]>(await dlhub(["department", "list", "--json"]));
    expect(ok).toBe(true);
    expect(data.map(({ id }) => id)).toEqual(["arts-culture", "commerce", "immigrant-affairs", "it", "libraries", "parks"]);
    const text = await dlhub(["department", "list"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`Departments registered in ${fixture.service.url} (6):`);
    expect(text.stdout).toMatch(/^  - arts-culture       Office of Arts, Culture and the Creative Economy  \(contact: creative@phila\.gov\)  registered \S+ by coordinator@phila\.gov$/m);
    expect(text.stdout).toMatch(/^  - parks              Parks & Recreation  registered \S+ by migration 20261202000500$/m);
  });
});

describe("dlhub subgraph publish of an unregistered department", () => {
  it("ends with exit 1 and DEPARTMENT_NOT_REGISTERED, telling the person what the coordinator must run", async () => {
    // Refused before its checks run, so any readable SDL will do.
    const sdl = join(files, "housing.graphql");
    writeFileSync(sdl, "type Query {\n  housingUnits: Int\n}\n");
    const run = await dlhub(["subgraph", "publish", "--name", "housing", "--sdl", sdl, "--routing-url", fixture.routingUrl("housing"), "--json"], publisherToken);
    expect(run).toMatchObject({ code: 1 });
    expect(jsonOf(run).error).toMatchObject({
      code: "DEPARTMENT_NOT_REGISTERED",
      message: expect.stringContaining('Ask the coordinator to register it: dlhub department register housing --name "<the department\'s name>"'),
    });
  });
});
