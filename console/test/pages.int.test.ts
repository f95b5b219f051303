import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SCREENSHOTS, type WatchedContext, describeInBrowser, isLocal, openContext, pdfPageCount, screenshot, seriousViolations, settled } from "./browser";
import { useConsole } from "./console-hub";

/**
 * Every page of the console, as a coordinator first opens it over the City's data: it arrives
 * without a console error or a request leaving the machine, axe-core finds nothing serious or
 * critical, and a screenshot of it is saved for a person to look at.
 */
describeInBrowser("every page of the console", () => {
  const setup = useConsole();
  const ids = { initiative: "", district: "" };
  let watched: WatchedContext;

  beforeAll(async () => {
    const data = await setup.hub.ask(`{
      initiatives(first: 100) { nodes { id sites { id } } }
      planningDistricts { id placeCounts { count } }
    }`);
    // The initiative with the most sites, and the planning district with the most places: the fullest pages.
    const byMost = <T>(items: T[], size: (item: T) => number) => [...items].sort((a, b) => size(b) - size(a))[0];
    ids.initiative = byMost(data.initiatives.nodes, (i: any) => i.sites.length).id;
    ids.district = byMost(data.planningDistricts, (d: any) => d.placeCounts.reduce((sum: number, c: any) => sum + c.count, 0)).id;
    watched = await openContext(setup.browser);
  });
  afterAll(async () => {
    await watched?.close();
    const files = readdirSync(SCREENSHOTS).filter((f) => f.endsWith(".png"));
    console.log(`Screenshots in ${SCREENSHOTS}:\n  ${files.join("\n  ")}`);
  });

  it("the guard aborts a request that would leave the machine, and the test fails on it", async () => {
    expect(["http://127.0.0.1:4000/graphql", "http://127.8.9.10/", "http://localhost:5173/map", "http://[::1]:4000/", "data:,x"].every(isLocal)).toBe(true);
    expect(["https://tile.openstreetmap.org/0/0/0.png", "http://10.0.0.1/", "http://127.0.0.1.nip.io/", "http://localhost.example.com/"].some(isLocal)).toBe(false);
    const { page } = watched;
    await page.goto(setup.hub.origin + "/");
    await settled(page);
    const tile = "https://tile.openstreetmap.org/0/0/0.png";
    expect(await page.evaluate((url) => fetch(url).then(() => "answered", () => "refused"), tile)).toBe("refused");
    expect(watched.offMachine).toEqual([tile]);
    expect(() => watched.expectClean()).toThrow();
    // Reported once, then forgotten: the next check starts clean.
    watched.expectClean();
  });

  const pages: [file: string, path: () => string, heading: RegExp][] = [
    ["01-overview", () => "/", /^Overview$/],
    ["02-map", () => "/map", /^Map$/],
    ["03-initiatives", () => "/initiatives", /^Initiatives$/],
    ["04-initiative", () => `/initiatives/${encodeURIComponent(ids.initiative)}`, /./],
    ["05-gaps-and-overlaps", () => "/gaps", /^Gaps & overlaps$/],
    ["06-district-report", () => `/reports/district/${encodeURIComponent(ids.district)}`, /./],
    ["07-outcomes", () => "/outcomes", /^Outcomes$/],
    ["08-schema", () => "/schema", /^Schema$/],
  ];

  it.each(pages)("%s loads cleanly, passes axe-core and is photographed", async (file, path, heading) => {
    const { page } = watched;
    await page.goto(setup.hub.origin + path());
    await settled(page);
    expect(await page.locator("h1").count()).toBe(1);
    expect(await page.locator("h1").innerText()).toMatch(heading);
    // The problem's own words, should there be one: they say which question failed and why.
    expect(await page.locator("main .problem, main [role=alert]").allInnerTexts()).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, file);
    watched.expectClean();
  });

  it("the report and the initiative page name what they are about, never 'not found'", async () => {
    const { page } = watched;
    const { initiative, planningDistrict } = await setup.hub.ask(`query($i: ID!, $d: ID!) { initiative(id: $i) { title } planningDistrict(id: $d) { name } }`, {
      i: ids.initiative,
      d: ids.district,
    });
    await page.goto(`${setup.hub.origin}/initiatives/${encodeURIComponent(ids.initiative)}`);
    await settled(page);
    expect(await page.locator("h1").innerText()).toBe(initiative.title);
    await page.goto(`${setup.hub.origin}/reports/district/${encodeURIComponent(ids.district)}`);
    await settled(page);
    expect(await page.locator("h1").innerText()).toBe(planningDistrict.name);
    watched.expectClean();
  });

  it("works by keyboard: the skip link, and every section reached from the navigation with Enter", async () => {
    const { page } = watched;
    await page.goto(setup.hub.origin + "/");
    await settled(page);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to the page's content");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
    for (const section of ["Map", "Initiatives", "Gaps & overlaps", "Outcomes", "Schema", "Overview"]) {
      const link = page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: section, exact: true });
      await link.focus();
      await page.keyboard.press("Enter");
      // The new page's heading takes the focus, as a full page load would announce it.
      await page.waitForFunction((title) => document.activeElement?.tagName === "H1" && document.activeElement.textContent === title, section);
      await settled(page);
    }
    watched.expectClean();
  });

  it("every planning district's report prints on one letter page", async () => {
    const { page } = watched;
    const { planningDistricts } = await setup.hub.ask(`{ planningDistricts { id name } }`);
    expect(planningDistricts.length).toBeGreaterThan(0);
    const pages: Record<string, number> = {};
    for (const district of planningDistricts) {
      await page.emulateMedia({ media: "screen" });
      await page.goto(`${setup.hub.origin}/reports/district/${encodeURIComponent(district.id)}`);
      await settled(page);
      await page.emulateMedia({ media: "print" });
      const pdf = await page.pdf({ format: "Letter", printBackground: true, preferCSSPageSize: true });
      pages[district.name] = pdfPageCount(pdf);
      if (district.id === ids.district) {
        writeFileSync(join(SCREENSHOTS, "12-district-report-print.pdf"), pdf);
        await screenshot(page, "12-district-report-print");
      }
    }
    expect(pages).toEqual(Object.fromEntries(planningDistricts.map((d: { name: string }) => [d.name, 1])));
    // The count is real: the map page, with its table of every neighborhood, takes several.
    await page.emulateMedia({ media: "screen" });
    await page.goto(setup.hub.origin + "/map");
    await settled(page);
    await page.emulateMedia({ media: "print" });
    expect(pdfPageCount(await page.pdf({ format: "Letter" }))).toBeGreaterThan(1);
    await page.emulateMedia({ media: "screen" });
    watched.expectClean();
  });
});
