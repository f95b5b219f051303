import { execFileSync, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { runDlhub } from "@dlhub/cli";
import { REPOSITORY_ROOT, Role, mintDevelopmentToken } from "@dlhub/schema";
import { type DepartmentDefinition } from "@dlhub/subgraph-kit";
import { queryOk, startTestSubgraph, useTestStack, waitFor } from "@dlhub/subgraph-kit/testing";
import { type TestHub, startTestHub } from "../../services/local-hub/test/start-test-hub";
import { type WatchedContext, describeInBrowser, launchChromium, openContext, screenshot, settled, tableRows } from "./browser";
import { builtConsole } from "./console-hub";

/**
 * Issue 14's acceptance: a department nobody wrote down joins the hub. Its id is made up here, so
 * it is in no file of the repository (checked with git grep); the coordinator registers it, its
 * developer scaffolds it in a checkout of this repository (git status shows its own folder and the
 * workspace lists changed, nothing else), starts it and publishes it, and the unchanged hub,
 * gateway and console show it by its registered name.
 */
const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8" });
const inGit = spawnSync("git", ["rev-parse", "--is-inside-work-tree"], { cwd: REPOSITORY_ROOT, encoding: "utf8" }).stdout.trim() === "true";

const id = `arts-${randomBytes(4).toString("hex")}`;
const NAME = `Office of Arts, Culture and the Creative Economy (${id})`;

const suite = inGit || process.env.CI === "true" ? describeInBrowser : describe.skip;
if (!inGit && process.env.CI !== "true") console.warn("Skipped the registered-department suite: the repository is not a git checkout.");

suite("a department registered today joins with no change outside its own folder", () => {
  const stack = useTestStack();
  let hub: TestHub;
  let watched: WatchedContext;
  const checkout = join(REPOSITORY_ROOT, ".scaffold-test", `checkout-${id}`);
  const statusBefore = inGit ? git(REPOSITORY_ROOT, "status", "--porcelain") : "";
  const dlhub = async (cwd: string, ...argv: string[]) => {
    const out: string[] = [];
    const exitCode = await runDlhub([...argv, "--registry", hub.registryUrl], {
      stdout: { write: (text: string) => out.push(text) },
      stderr: { write: (text: string) => out.push(text) },
      env: {},
      cwd,
    });
    return { exitCode, output: out.join("") };
  };
  const ask = <T = any>(query: string, variables: Record<string, unknown> = {}) => queryOk<T>(hub.gatewayUrl, query, variables);
  const coordinator = () => mintDevelopmentToken(hub.tokenSecret, { subject: "coordinator@localhost", roles: [Role.COORDINATOR] });
  const publisher = () => mintDevelopmentToken(hub.tokenSecret, { subject: `${id}-ci`, roles: [Role.PUBLISHER], department: id });
  /** Initiatives for seniors counted over every neighborhood's coverage gap, 100 neighborhoods a page. */
  const seniorsInitiativesInGaps = async () => {
    let total = 0;
    for (let offset = 0; ; offset += 100) {
      const { coverageGaps } = await ask(`query($offset: Int!) { coverageGaps(limit: 100, offset: $offset, audiences: [SENIORS]) { initiativesForAudiences } }`, { offset });
      total += coverageGaps.reduce((sum: number, gap: any) => sum + gap.initiativesForAudiences, 0);
      if (coverageGaps.length < 100) return total;
    }
  };
  let url: string;
  let gapsBefore: number;
  /** Its places that lie in a neighborhood (the test hub's demo geography covers part of the city). */
  let placedInNeighborhoods: number;

  beforeAll(async () => {
    hub = stack.add(await startTestHub({ console: { directory: builtConsole(), corsOrigins: [] } }), "the hub");
    // A checkout of the committed repository, inside it so its packages resolve to this one's.
    git(REPOSITORY_ROOT, "worktree", "add", "--detach", checkout, "HEAD");
    stack.defer("the checkout", async () => {
      git(REPOSITORY_ROOT, "worktree", "remove", "--force", checkout);
    });
    const browser = await launchChromium();
    stack.defer("Chromium", () => browser.close());
    watched = await openContext(browser);
    stack.defer("the page", () => watched.close());
  }, 240_000);

  it("appears in no file of the repository, and cannot be scaffolded before it is registered", async () => {
    expect(spawnSync("git", ["grep", "-q", "-F", id], { cwd: REPOSITORY_ROOT }).status).toBe(1);
    const refused = await dlhub(checkout, "subgraph", "init", id);
    expect(refused.exitCode).not.toBe(0);
    expect(refused.output).toContain("DEPARTMENT_NOT_REGISTERED");
    expect(git(checkout, "status", "--porcelain")).toBe("");
  });

  it("is registered by the coordinator and scaffolded under its registered id, changing only its folder and the workspace lists", async () => {
    const registered = await dlhub(checkout, "department", "register", id, "--name", NAME, "--contact", "arts@phila.gov", "--token", await coordinator());
    expect(registered).toMatchObject({ exitCode: 0 });
    const created = await dlhub(checkout, "subgraph", "init", id);
    expect(created.output).toContain(NAME);
    expect(created.exitCode).toBe(0);
    const changed = git(checkout, "status", "--porcelain", "--untracked-files=normal").trimEnd().split("\n").sort();
    expect(changed).toEqual([" M package.json", " M schema/subgraphs.json", " M tsconfig.json", `?? services/${id}/`]);
  });

  it("publishes, and its initiatives and places reach the catalog under its registered name", async () => {
    gapsBefore = await seniorsInitiativesInGaps();
    const module = (await import(join(checkout, "services", id, "src", "department.ts"))) as Record<string, unknown>;
    const definition = Object.values(module).find((value): value is DepartmentDefinition => typeof value === "object" && value !== null && "resolvers" in value);
    if (!definition) throw new Error(`services/${id}/src/department.ts exports no department definition`);
    const subgraph = stack.add(await startTestSubgraph(definition), "the new department");
    url = subgraph.url;
    const token = await publisher();
    expect(await dlhub(checkout, "subgraph", "check", "--name", id, "--url", url, "--token", token)).toMatchObject({ exitCode: 0 });
    const published = await dlhub(checkout, "subgraph", "publish", "--name", id, "--url", url, "--routing-url", url, "--token", token);
    expect(published.exitCode).toBe(0);

    const catalog = await waitFor(
      async () => {
        const data = await ask(`query($ids: [ID!]) { initiatives(filter: { departmentIds: $ids }, first: 20) {
          totalCount nodes { title departmentId departmentName sites { neighborhood { id } } } } }`, { ids: [id] });
        return data.initiatives.totalCount === 2 ? data.initiatives : undefined;
      },
      "the new department's two initiatives in the catalog",
      { timeoutMs: 30_000 },
    );
    for (const node of catalog.nodes) expect(node).toMatchObject({ departmentId: id, departmentName: NAME });
    const places = await waitFor(async () => {
      const data = await ask(`query($ids: [ID!]) { places(filter: { departmentIds: $ids }, first: 20) { totalCount nodes { departmentId departmentName kind neighborhood { id } } } }`, { ids: [id] });
      return data.places.totalCount === 3 ? data.places : undefined;
    }, "the new department's three places in the place catalog", { timeoutMs: 30_000 });
    for (const node of places.nodes) expect(node).toMatchObject({ departmentId: id, departmentName: NAME });
    placedInNeighborhoods = places.nodes.filter((node: any) => node.neighborhood).length;
    expect(placedInNeighborhoods).toBeGreaterThan(0);
  });

  it("counts in the roll-ups, outcomes, coverage gaps and overlaps", async () => {
    const { neighborhoods } = await ask(`{ neighborhoods { initiativeCounts { departmentId departmentName count } placeCounts { departmentId count } } }`);
    const initiativeCounts = neighborhoods.flatMap((n: any) => n.initiativeCounts).filter((c: any) => c.departmentId === id);
    expect(initiativeCounts.length).toBeGreaterThan(0);
    expect(initiativeCounts.every((c: any) => c.departmentName === NAME)).toBe(true);
    expect(neighborhoods.flatMap((n: any) => n.placeCounts).filter((c: any) => c.departmentId === id).reduce((sum: number, c: any) => sum + c.count, 0)).toBe(placedInNeighborhoods);

    const { outcomes } = await ask(`{ outcomes(groupBy: DEPARTMENT_ID, metric: PEOPLE_TRAINED) { key label value } }`);
    expect(outcomes).toContainEqual({ key: id, label: NAME, value: 48 });

    expect(await seniorsInitiativesInGaps()).toBeGreaterThan(gapsBefore);

    const { overlaps } = await ask(`{ overlaps(limit: 100) { first { departmentId departmentName } second { departmentId departmentName } } }`);
    const withIt = overlaps.filter((o: any) => o.first.departmentId === id || o.second.departmentId === id);
    expect(withIt.length).toBeGreaterThan(0);
    for (const o of withIt) expect([o.first.departmentName, o.second.departmentName]).toContain(NAME);
  });

  it("answers the deprecated enum field with DEPARTMENT_NOT_LISTED for it, and with the old values for the listed departments", async () => {
    const response = await fetch(hub.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `query($ids: [ID!]) { initiatives(filter: { departmentIds: $ids }, first: 20) { nodes { department } } }`, variables: { ids: [id, "libraries"] } }),
    });
    const body = (await response.json()) as { errors?: { extensions: { code: string; departmentId?: string } }[] };
    expect(response.status).toBe(200);
    expect(body.errors?.map((e) => e.extensions)).toContainEqual(expect.objectContaining({ code: "DEPARTMENT_NOT_LISTED", departmentId: id }));
    const listed = await ask(`{ initiatives(filter: { departments: [LIBRARIES] }, first: 5) { nodes { department departmentId } } }`);
    expect(listed.initiatives.nodes.length).toBeGreaterThan(0);
    for (const node of listed.initiatives.nodes) expect(node).toEqual({ department: "LIBRARIES", departmentId: "libraries" });
  });

  it("is in the console's department filter, list, overview and map legend by its registered name", async () => {
    const { page } = watched;
    await page.goto(new URL("/initiatives", hub.gatewayUrl).toString());
    await settled(page);
    await page.locator("summary", { hasText: "Department" }).click();
    await page.getByRole("checkbox", { name: NAME }).check();
    await page.waitForURL((address) => address.searchParams.getAll("department").join() === id);
    await settled(page);
    const rows = await tableRows(page, /^Initiatives 1–2 of 2/);
    expect(rows.map((row) => row[1])).toEqual([NAME, NAME]);
    await screenshot(page, "14-registered-department-initiatives");

    await page.goto(new URL("/", hub.gatewayUrl).toString());
    await settled(page);
    expect((await tableRows(page, "Initiatives active today by department")).map((row) => row[0])).toContain(NAME);

    await page.goto(new URL("/map", hub.gatewayUrl).toString());
    await settled(page);
    await page.locator(".place-legend legend", { hasText: NAME }).waitFor();
    watched.expectClean();
  });

  it("left this repository as it found it", () => {
    expect(git(REPOSITORY_ROOT, "status", "--porcelain")).toBe(statusBefore);
  });
});
