import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, type BrowserContextOptions, type Page, chromium } from "playwright-core";

/**
 * What every browser test of the console stands on: Debian's Chromium driven by playwright-core
 * (which downloads no browser of its own), a guard that fails any request leaving the machine,
 * the console errors a page logs, axe-core's accessibility check and the screenshots.
 */

export const CHROMIUM = "/usr/bin/chromium";

/** Git-ignored; a reviewer opens the pictures here. */
export const SCREENSHOTS = resolve(__dirname, "screenshots");

/**
 * A suite that needs the browser. Away from CI a machine without Chromium skips it, saying why;
 * under CI=true a missing Chromium fails, as a silent skip there would prove nothing.
 */
export function describeInBrowser(name: string, suite: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(name, () => {
      // Whatever a test checked itself, it fails if any open page left the machine or logged an error.
      afterEach(() => {
        for (const watched of open) watched.expectClean();
      });
      suite();
    });
  } else if (process.env.CI === "true") {
    describe(name, () => {
      it("has Debian's Chromium to drive", () => {
        throw new Error(`CI=true and ${CHROMIUM} is missing: .ci/run installs it (apt-get install -y chromium)`);
      });
    });
  } else {
    console.warn(`Skipped "${name}": ${CHROMIUM} is missing (apt-get install -y chromium). Under CI=true this fails instead.`);
    describe.skip(name, suite);
  }
}

/**
 * Headless Chromium, nothing in the background that could call home. playwright-core starts it
 * with a fresh temporary user-data directory of its own, removed again on close.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** This machine: 127.0.0.0/8, localhost and [::1]. */
export function isLocal(address: string): boolean {
  const url = new URL(address);
  if (["data:", "blob:", "about:"].includes(url.protocol)) return true;
  return url.hostname === "localhost" || url.hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(url.hostname);
}

/** A browser context (no cookies, no storage) whose every request and console error is watched. */
export interface WatchedContext {
  context: BrowserContext;
  page: Page;
  /** Requests to anywhere but this machine: aborted, and the test fails on them. */
  offMachine: string[];
  /** Console errors and uncaught exceptions of any page in the context. */
  errors: string[];
  /** Fails the test if any page went off the machine or logged an error; then forgets both. */
  expectClean(): void;
  close(): Promise<void>;
}

/** The contexts open now: describeInBrowser checks every one of them after each test. */
const open = new Set<WatchedContext>();

export async function openContext(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...options });
  const offMachine: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    offMachine.push(url);
    return route.abort("blockedbyclient");
  });
  context.on("console", (message) => {
    if (message.type() === "error") errors.push(`${message.page()?.url() ?? "?"}: ${message.text()}`);
  });
  context.on("weberror", (error) => errors.push(`uncaught: ${error.error().message}`));
  const page = await context.newPage();
  const watched: WatchedContext = {
    context,
    page,
    offMachine,
    errors,
    expectClean() {
      const found = { offMachine: [...offMachine], errors: [...errors] };
      offMachine.length = 0;
      errors.length = 0;
      expect(found).toEqual({ offMachine: [], errors: [] });
    },
    close: async () => {
      open.delete(watched);
      await context.close();
    },
  };
  open.add(watched);
  return watched;
}

/**
 * Waits until a page has finished arriving: its one h1 is there, nothing says "Loading…" and no
 * request has been in flight for half a second.
 */
export async function settled(page: Page): Promise<void> {
  await page.locator("h1").first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll(".loading").length === 0);
  await page.waitForLoadState("networkidle");
}

/** axe-core's serious and critical violations on the page as it is now, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Saves the page (the whole of it, unless `fullPage: false`) as <name>.png in SCREENSHOTS; returns the file. */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** "1,234" or "12.5" as on screen, back to a number; a dash is null. */
export function readNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "—") return null;
  const value = Number(trimmed.replace(/,/g, ""));
  if (Number.isNaN(value)) throw new Error(`not a number on screen: "${text}"`);
  return value;
}

/** The text of every cell of a table's body rows (the row header first), once the table is there. */
export async function tableRows(page: Page, caption: string | RegExp): Promise<string[][]> {
  const table = page.locator("table").filter({ has: page.locator("caption", { hasText: caption }) });
  await table.waitFor();
  return table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll("th, td")].map((cell) => (cell.textContent ?? "").trim())));
}

/**
 * The pages of a PDF Chromium printed: its page objects (`/Type /Page`, not the `/Pages` tree),
 * which Chromium writes uncompressed.
 */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
