import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { type Browser, type Page, chromium } from "playwright-core";
import { stopOnSignals } from "@dlhub/subgraph-kit";
import { readLocalHubEnv } from "../env.js";
import { type LocalHub } from "../local-hub.js";
import { startBenchHub } from "./bench-hub.js";
import { type BenchDatabase, openBenchDatabase } from "./bench-database.js";
import { growCatalog } from "./grow-catalog.js";

/** The budgets issue 10 sets for the console, measured over the 10,000-initiative catalog. */
const BUDGETS = { overviewMs: 1500, filterChangeMs: 300, csvExportMs: 3000, javascriptKb: 400 };
const RUNS = 5;
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const DIST = resolve(__dirname, "../../../../console/dist");

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (values: number[]) => `median ${Math.round(median(values))} ms (${values.map((v) => Math.round(v)).join(", ")})`;

/** A fresh browser context per run: a cold load, nothing cached. */
async function timed(browser: Browser, origin: string, run: (page: Page) => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const context = await browser.newContext({ acceptDownloads: true, baseURL: origin });
    try {
      times.push(await run(await context.newPage()));
    } finally {
      await context.close();
    }
  }
  return times;
}

/** From asking for the page until its figures are on screen. */
async function overviewLoad(page: Page): Promise<number> {
  const started = performance.now();
  await page.goto("/");
  await page.locator("dl.figures dd").first().waitFor();
  return performance.now() - started;
}

/** From ticking an audience until the list says how many match the new filter. */
async function filterChange(page: Page): Promise<number> {
  await page.goto("/initiatives");
  const count = page.locator(".result-count");
  await count.filter({ hasText: "match" }).waitFor();
  const before = await count.textContent();
  await page.locator("summary", { hasText: "Audience" }).click();
  const started = performance.now();
  await page.getByRole("checkbox", { name: "Seniors" }).check();
  await count.filter({ hasNotText: before ?? "" }).filter({ hasText: "match" }).waitFor();
  return performance.now() - started;
}

/** From pressing the export button until the browser has the whole file. */
async function csvExport(page: Page): Promise<number> {
  await page.goto("/initiatives");
  await page.locator(".result-count").filter({ hasText: "match" }).waitFor();
  const started = performance.now();
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("button", { name: /Export all matching/ }).click()]);
  await download.path();
  return performance.now() - started;
}

/** Each built JavaScript file, gzipped as a server would send it. */
function javascriptSizes(): { file: string; kb: number }[] {
  const assets = join(DIST, "assets");
  return readdirSync(assets)
    .filter((file) => file.endsWith(".js"))
    .map((file) => ({ file, kb: gzipSync(readFileSync(join(assets, file)), { level: 9 }).length / 1024 }))
    .sort((a, b) => b.kb - a.kb);
}

/**
 * `npm run bench:console`: the whole hub over a fresh database grown to 10,000 initiatives, its
 * console in headless Chromium, each budget measured five times from a cold browser context.
 */
async function main(): Promise<number> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  if (!existsSync(join(DIST, "index.html"))) throw new Error("console/dist is missing: npm run build -w @dlhub/console");
  let database: BenchDatabase | undefined;
  let hub: LocalHub | undefined;
  let browser: Browser | undefined;
  const stop = async () => {
    await browser?.close();
    await hub?.close();
    await database?.remove();
  };
  stopOnSignals(stop);
  try {
    database = await openBenchDatabase(readLocalHubEnv().serverUrl);
    hub = await startBenchHub(database, { console: { directory: DIST, corsOrigins: [] } });
    console.log("Growing the catalog to 10,000 initiatives …");
    const growth = await growCatalog(hub, 10_000, 3 * 60_000);
    // Playwright gives every launch a fresh, empty profile of its own.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const origin = hub.gatewayUrl.replace(/\/graphql$/, "");
    const overview = await timed(browser, origin, overviewLoad);
    const filter = await timed(browser, origin, filterChange);
    const csv = await timed(browser, origin, csvExport);
    const sizes = javascriptSizes();
    const total = sizes.reduce((sum, s) => sum + s.kb, 0);
    console.log(
      [
        `# Console budgets over ${growth.total.toLocaleString("en-US")} initiatives and ${growth.places.toLocaleString("en-US")} places (${RUNS} cold runs each)`,
        "",
        `- Overview usable from a cold load: ${fmt(overview)} — budget ${BUDGETS.overviewMs} ms`,
        `- Filter change (one audience ticked → the count updated): ${fmt(filter)} — budget ${BUDGETS.filterChangeMs} ms`,
        `- CSV export of every initiative: ${fmt(csv)} — budget ${BUDGETS.csvExportMs} ms`,
        `- JavaScript, gzipped: ${total.toFixed(1)} kB in all — budget ${BUDGETS.javascriptKb} kB`,
        ...sizes.map((s) => `  - ${s.file}: ${s.kb.toFixed(1)} kB`),
      ].join("\n"),
    );
    return 0;
  } finally {
    await stop().catch((error: unknown) => console.error("Stopping failed:", error));
  }
}

void main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("The console benchmark failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
