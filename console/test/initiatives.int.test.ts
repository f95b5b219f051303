import { readFile } from "node:fs/promises";
import { type Locator, type Page } from "playwright-core";
import { multiplyInitiatives } from "../../services/local-hub/src/bench/multiply-initiatives";
import { AUDIENCES, INITIATIVE_KINDS, STATUSES } from "../src/words/contract";
import { type WatchedContext, describeInBrowser, openContext, screenshot, settled, tableRows } from "./browser";
import { useConsole } from "./console-hub";
import { parseCsv } from "./csv";
import { asDate, asNumber } from "./numbers";

const FIELDS = `id slug title departmentId departmentName kind status audiences languages pillars startDate endDate sourceUpdatedAt isDemo summary`;

/** The name the registry holds for IT (registered by the registry's first departments migration). */
const IT_NAME = "Office of Innovation and Technology";

/** The contract's codes as the table writes them. */
const tableRow = (i: any) => [
  i.title + (i.isDemo ? " demo" : ""),
  i.departmentName,
  INITIATIVE_KINDS[i.kind as keyof typeof INITIATIVE_KINDS],
  STATUSES[i.status as keyof typeof STATUSES],
  i.audiences.map((a: keyof typeof AUDIENCES) => AUDIENCES[a]).join(", "),
  asDate(i.startDate),
  i.endDate ? asDate(i.endDate) : "open-ended",
];

/** The export's columns: the contract's flat fields, under the names the hub's CSV files use. */
const CSV_HEADER = [
  "id", "slug", "title", "department_id", "department", "kind", "status", "audiences", "languages", "pillars",
  "start_date", "end_date", "changed_at", "is_demo", "summary",
];

/** The same initiative as a row of the CSV export. */
const csvRow = (i: any) => [
  i.id, i.slug, i.title, i.departmentId, i.departmentName, i.kind, i.status, i.audiences.join("; "), i.languages.join("; "), i.pillars.join("; "),
  i.startDate, i.endDate ?? "", i.sourceUpdatedAt, String(i.isDemo), i.summary ?? "",
];

/**
 * The initiative list over the City's data. The City's files hold two initiatives, so IT's are
 * first copied 50 times (the benchmark's copier; copies of real initiatives are real), enough for
 * pages of the list and for an export that takes several pages of the graph.
 */
describeInBrowser("the initiative list", () => {
  const setup = useConsole(async (hub) => {
    await multiplyInitiatives(hub.department("it"), 50);
    await hub.caughtUp();
  });
  let watched: WatchedContext;
  beforeAll(async () => {
    watched = await openContext(setup.browser);
  });
  afterAll(() => watched?.close());

  const askPage = async (filter: Record<string, unknown>, orderBy = "TITLE", after: string | null = null) =>
    (await setup.hub.ask(`query($filter: InitiativeFilter, $orderBy: InitiativeOrder!, $after: String) {
      initiatives(filter: $filter, orderBy: $orderBy, first: 25, after: $after) { totalCount pageInfo { endCursor } nodes { ${FIELDS} } } }`, { filter, orderBy, after }))
      .initiatives;
  async function everyInitiative(filter: Record<string, unknown>): Promise<any[]> {
    const all: any[] = [];
    for (let after: string | null = null; ; ) {
      const { initiatives }: { initiatives: any } = await setup.hub.ask(`query($filter: InitiativeFilter, $after: String) {
        initiatives(filter: $filter, orderBy: TITLE, first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${FIELDS} } } }`, { filter, after });
      all.push(...initiatives.nodes);
      if (!initiatives.pageInfo.hasNextPage) return all;
      after = initiatives.pageInfo.endCursor;
    }
  }
  const matchCount = (page: Page, total: number) => page.getByRole("status").filter({ hasText: `${asNumber(total)} initiatives match.` }).waitFor();

  /** Saves the export and reads it back: the header, then one row per initiative. */
  async function exportCsv(page: Page, start: (button: Locator) => Promise<void>): Promise<string[][]> {
    const button = page.getByRole("button", { name: "Export all matching initiatives (CSV)" });
    const [download] = await Promise.all([page.waitForEvent("download"), start(button)]);
    expect(download.suggestedFilename()).toBe("initiatives.csv");
    return parseCsv(await readFile((await download.path()) as string, "utf8"));
  }

  it("a filter changes the table and the address; paging, sorting and the shared address follow", async () => {
    const { page } = watched;
    await page.goto(setup.hub.origin + "/initiatives");
    await settled(page);
    await matchCount(page, (await askPage({})).totalCount);

    await page.locator("summary", { hasText: "Department" }).click();
    await page.getByRole("checkbox", { name: IT_NAME }).check();
    await page.waitForURL((url) => url.searchParams.getAll("department").join() === "it");
    await settled(page);
    const it = await askPage({ departmentIds: ["it"] });
    expect(it.totalCount).toBeGreaterThan(100);
    await matchCount(page, it.totalCount);
    expect(await tableRows(page, /^Initiatives 1–25 of/)).toEqual(it.nodes.map(tableRow));
    await screenshot(page, "10-initiatives-filtered");

    await page.getByRole("button", { name: "Next page" }).click();
    await page.waitForURL((url) => url.searchParams.has("after"));
    await settled(page);
    expect(await tableRows(page, /^Initiatives 26–50 of/)).toEqual((await askPage({ departmentIds: ["it"] }, "TITLE", it.pageInfo.endCursor)).nodes.map(tableRow));

    await page.getByLabel("Sort by").selectOption("START_DATE");
    await page.waitForURL((url) => url.searchParams.get("sort") === "START_DATE" && !url.searchParams.has("after"));
    await settled(page);
    expect(await tableRows(page, /^Initiatives 1–25 of .*by start date/)).toEqual((await askPage({ departmentIds: ["it"] }, "START_DATE")).nodes.map(tableRow));

    // The address is the view: opened afresh, it shows the same filter, order and rows.
    const shared = page.url();
    await page.goto("about:blank");
    await page.goto(shared);
    await settled(page);
    expect(await page.getByRole("checkbox", { name: IT_NAME }).isChecked()).toBe(true);
    expect(await tableRows(page, /^Initiatives 1–25 of .*by start date/)).toEqual((await askPage({ departmentIds: ["it"] }, "START_DATE")).nodes.map(tableRow));
    watched.expectClean();
  });

  it("the CSV export of a filtered set has exactly totalCount rows, each with the graph's values", async () => {
    const { page } = watched;
    // An address saved before departments had ids names the old code; it opens the same view.
    await page.goto(setup.hub.origin + "/initiatives?department=IT&status=ACTIVE");
    await settled(page);
    const { totalCount } = await askPage({ departmentIds: ["it"], statuses: ["ACTIVE"] });
    await matchCount(page, totalCount);
    const [header, ...rows] = await exportCsv(page, (button) => button.click());
    expect(header).toEqual(CSV_HEADER);
    expect(rows).toHaveLength(totalCount);
    expect(totalCount).toBeGreaterThan(100);
    // Every matching initiative, in the list's order (by title), with the graph's values.
    expect(rows).toEqual((await everyInitiative({ departmentIds: ["it"], statuses: ["ACTIVE"] })).map(csvRow));
    await page.getByRole("status").filter({ hasText: `Saved ${asNumber(totalCount)} rows to initiatives.csv.` }).waitFor();
    watched.expectClean();
  });

  it("by keyboard: a filter chosen with Tab and Space, the export started with Enter", async () => {
    const { page } = watched;
    await page.goto(setup.hub.origin + "/initiatives?department=it");
    await settled(page);
    await page.locator("summary", { hasText: "Audience" }).focus();
    await page.keyboard.press("Enter");
    const jobSeekers = page.getByRole("checkbox", { name: AUDIENCES.JOB_SEEKERS });
    for (let presses = 0; presses < 12 && !(await jobSeekers.evaluate((box) => box === document.activeElement)); presses++) await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await page.waitForURL((url) => url.searchParams.get("audience") === "JOB_SEEKERS" && url.searchParams.get("department") === "it");
    const filter = { departmentIds: ["it"], audiences: ["JOB_SEEKERS"] };
    const { totalCount } = await askPage(filter);
    expect(totalCount).toBeGreaterThan(25);
    await matchCount(page, totalCount);

    const [, ...rows] = await exportCsv(page, async (button) => {
      await button.focus();
      await page.keyboard.press("Enter");
    });
    expect(rows).toHaveLength(totalCount);
    expect(rows).toEqual((await everyInitiative(filter)).map(csvRow));
    watched.expectClean();
  });
});
