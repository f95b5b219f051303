import { type Page } from "playwright-core";
import { type WatchedContext, describeInBrowser, openContext, screenshot, settled, tableRows } from "./browser";
import { useConsole } from "./console-hub";
import { asNumber, asScore, asShare, asStatedSum } from "./numbers";

const PANEL = `query($id: ID!) {
  neighborhood(id: $id) {
    name population households internetSubscriptionShare peopleServed
    openPlaces openPlacesWithFigures publicComputers keyspotSites keyspotSitesWithFigures keyspotWorkstations keyspotWeeklyOpenHours
    planningDistrict { name } initiatives { title }
  }
  places(filter: { neighborhoodId: $id }, first: 100) { totalCount nodes { name } }
}`;

/** The list under a heading. */
const LIST_AFTER = "xpath=following-sibling::ul[1]";

/** A point of the neighborhood's shape that a click reaches (no place marker or other shape on top). */
async function clickablePoint(page: Page, name: string): Promise<{ x: number; y: number }> {
  const point = await page.locator(`path[role=button][aria-label^="${name}:"]`).evaluate((path) => {
    const box = path.getBoundingClientRect();
    for (let step = 0.5; step >= 1 / 64; step /= 2) {
      for (let fx = step; fx < 1; fx += step) {
        for (let fy = step; fy < 1; fy += step) {
          const x = box.left + box.width * fx;
          const y = box.top + box.height * fy;
          if (document.elementFromPoint(x, y) === path) return { x, y };
        }
      }
    }
    return null;
  });
  if (!point) throw new Error(`no point of ${name} can be clicked on the map`);
  return point;
}

/**
 * The map over the City's 159 neighborhoods: a neighborhood chosen by a click, or by Tab and
 * Enter, opens its panel, whose numbers are the graph's; the table under the map has every
 * neighborhood's measures, as the graph answers them.
 */
describeInBrowser("the map", () => {
  const setup = useConsole();
  let watched: WatchedContext;
  beforeAll(async () => {
    watched = await openContext(setup.browser);
  });
  afterAll(() => watched?.close());

  /** The open panel shows what the graph says of the neighborhood. */
  async function expectPanelOf(page: Page, id: string): Promise<void> {
    const { neighborhood: n, places } = await setup.hub.ask(PANEL, { id });
    const panel = page.locator("aside.side-panel");
    await page.waitForFunction((name) => document.querySelector("#panel-heading")?.textContent === name, n.name);
    await settled(page);
    // Chosen by the person: the focus is on the panel's heading.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("panel-heading");
    const facts = await panel.locator("dl.facts").evaluate((dl) => [...dl.querySelectorAll("dt")].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(facts).toEqual([
      ["Planning district", n.planningDistrict?.name ?? "—"],
      ["Residents", asNumber(n.population)],
      ["Households", asNumber(n.households)],
      ["With broadband", asShare(n.internetSubscriptionShare)],
      ["Public computers", asStatedSum(asNumber(n.publicComputers), n.openPlaces, n.openPlacesWithFigures, "open place", "open places")],
      [
        "KEYSPOT computers",
        asStatedSum(`${asNumber(n.keyspotWorkstations)} (${asNumber(n.keyspotWeeklyOpenHours)} hours a week)`, n.keyspotSites, n.keyspotSitesWithFigures, "KEYSPOT site", "KEYSPOT sites"),
      ],
      ["People served", asNumber(n.peopleServed)],
    ]);
    const placesHeading = panel.locator("h3", { hasText: /^Places/ });
    expect(await placesHeading.innerText()).toBe(`Places (${asNumber(places.totalCount)})`);
    expect(await placesHeading.locator(LIST_AFTER).locator("li button").allInnerTexts()).toEqual(places.nodes.map((p: any) => p.name));
    const initiativesHeading = panel.locator("h3", { hasText: /^Initiatives \(/ });
    expect(await initiativesHeading.innerText()).toBe(`Initiatives (${n.initiatives.length})`);
    expect(await initiativesHeading.locator(LIST_AFTER).locator("li a").allInnerTexts()).toEqual(n.initiatives.map((i: any) => i.title));
    expect(new URL(page.url()).searchParams.get("neighborhood")).toBe(id);
  }

  it("clicking a neighborhood opens its panel with the graph's numbers", async () => {
    const { page } = watched;
    const { neighborhoods } = await setup.hub.ask(`{ neighborhoods { id name placeCounts { count } } }`);
    const places = (n: any) => n.placeCounts.reduce((sum: number, c: any) => sum + c.count, 0);
    const busiest = [...neighborhoods].sort((a, b) => places(b) - places(a))[0];
    expect(places(busiest)).toBeGreaterThan(0);

    await page.goto(setup.hub.origin + "/map");
    await settled(page);
    const { x, y } = await clickablePoint(page, busiest.name);
    await page.mouse.click(x, y);
    await expectPanelOf(page, busiest.id);
    await screenshot(page, "09-map-neighborhood-panel", { fullPage: false });
    watched.expectClean();
  });

  it("a neighborhood whose KEYSPOTs state no computers says so, never 0 computers", async () => {
    const { page } = watched;
    const { neighborhoods } = await setup.hub.ask(`{ neighborhoods { id name keyspotSites keyspotSitesWithFigures } }`);
    // The City's KEYSPOT file (and the fixture in its format) states no computers or hours. The
    // City's files put several KEYSPOTs in one neighborhood; the small fixture only one in each.
    const silentOnes = neighborhoods.filter((n: any) => n.keyspotSites > 0 && n.keyspotSitesWithFigures === 0);
    const silent = silentOnes.find((n: any) => n.keyspotSites > 1) ?? silentOnes[0];
    expect(silent).toBeDefined();
    await page.goto(`${setup.hub.origin}/map?neighborhood=${encodeURIComponent(silent.id)}`);
    await page.waitForFunction((name) => document.querySelector("#panel-heading")?.textContent === name, silent.name);
    await settled(page);
    const keyspots = page.locator("aside.side-panel dl.facts dt", { hasText: "KEYSPOT computers" }).locator("xpath=following-sibling::dd[1]");
    expect(await keyspots.innerText()).toBe(`Not stated by its ${silent.keyspotSites} KEYSPOT ${silent.keyspotSites === 1 ? "site" : "sites"}`);
    watched.expectClean();
  });

  it("Tab reaches a neighborhood on the map and Enter opens its panel; Close empties it", async () => {
    const { page } = watched;
    await page.goto(setup.hub.origin + "/map");
    await settled(page);
    await page.locator(".area-map").focus();
    // From the map itself, past its zoom buttons, to the first neighborhood.
    for (let presses = 0; presses < 5; presses++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.matches("path[role=button]"))) break;
    }
    const label = await page.evaluate(() => (document.activeElement?.matches("path[role=button]") ? document.activeElement.getAttribute("aria-label") : null));
    expect(label).toMatch(/^.+: coverage-gap score /);
    const { neighborhoods } = await setup.hub.ask(`{ neighborhoods { id name } }`);
    const reached = neighborhoods.find((n: any) => label?.startsWith(`${n.name}:`));
    await page.keyboard.press("Enter");
    await expectPanelOf(page, reached.id);

    await page.getByRole("button", { name: "Close" }).press("Enter");
    await page.waitForFunction(() => !new URL(location.href).searchParams.has("neighborhood"));
    watched.expectClean();
  });

  it("the table under the map has every neighborhood's measures as the graph answers them", async () => {
    const { page } = watched;
    const { neighborhoods } = await setup.hub.ask(`{ neighborhoods {
      id name population internetSubscriptionShare planningDistrict { name } placeCounts { status count } initiativeCounts { count } } }`);
    const scores = new Map<string, number>();
    for (let offset = 0; ; offset += 100) {
      const { coverageGaps } = await setup.hub.ask(`query($offset: Int!) { coverageGaps(limit: 100, offset: $offset) { score neighborhood { id } } }`, { offset });
      for (const gap of coverageGaps) scores.set(gap.neighborhood.id, gap.score);
      if (coverageGaps.length < 100) break;
    }
    const sum = (counts: { count: number }[]) => counts.reduce((total, c) => total + c.count, 0);
    const expected = neighborhoods.map((n: any) => [
      n.name,
      n.planningDistrict?.name ?? "—",
      asScore(scores.get(n.id)),
      asShare(n.internetSubscriptionShare),
      asNumber(sum(n.placeCounts.filter((c: any) => c.status === "OPEN"))),
      n.population ? asScore((sum(n.initiativeCounts) / n.population) * 10_000) : "—",
      asNumber(n.population),
    ]);
    expect(expected.length).toBeGreaterThan(0);

    await page.goto(setup.hub.origin + "/map?measure=broadband");
    await settled(page);
    const byName = (rows: string[][]) => [...rows].sort((a, b) => a[0].localeCompare(b[0]));
    expect(byName(await tableRows(page, "Neighborhoods by broadband subscription share"))).toEqual(byName(expected));
    watched.expectClean();
  });
});
