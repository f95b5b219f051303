import { randomBytes } from "node:crypto";
import { errorCodes, sendHttp, useTestStack, waitFor } from "@dlhub/subgraph-kit/testing";
import { type Browser, type Page } from "playwright-core";
import { type TestHub, startTestHub } from "../../services/local-hub/test/start-test-hub";
import { type WatchedContext, describeInBrowser, launchChromium, openContext, settled } from "./browser";
import { builtConsole } from "./console-hub";

/** What the console sent to /graphql and what came back, request by request. */
interface Exchange {
  body: Record<string, any>;
  status: number;
  answer: Record<string, any>;
}

function recordGraphql(page: Page): Exchange[] {
  const exchanges: Exchange[] = [];
  page.on("response", async (response) => {
    if (!response.url().endsWith("/graphql")) return;
    const answer = await response.json().catch(() => ({}));
    exchanges.push({ body: JSON.parse(response.request().postData() ?? "{}"), status: response.status(), answer });
  });
  return exchanges;
}

/**
 * The coordinator's console over a gateway that runs only registered documents, as in production:
 * the local hub registered the console's persisted documents (its codegen manifest), and every
 * page, the sign-in and a note added in the app work while the console sends ids, never texts.
 */
describeInBrowser("the console with trusted documents required", () => {
  const stack = useTestStack();
  const note = `Trusted-documents check (${randomBytes(3).toString("hex")})`;
  let hub: TestHub;
  let origin: string;
  let browser: Browser;
  let watched: WatchedContext;
  let exchanges: Exchange[];

  beforeAll(async () => {
    hub = stack.add(await startTestHub({ console: { directory: builtConsole(), corsOrigins: [] }, trustedDocuments: { mode: "required" } }), "the hub");
    origin = new URL(hub.gatewayUrl).origin;
    await waitFor(async () => (await sendHttp(`${origin}/ready`)).status === 200, "the gateway to hold the supergraph and the trusted documents");
    browser = await launchChromium();
    stack.defer("Chromium", () => browser.close());
    watched = await openContext(browser);
    stack.defer("the browser context", () => watched.close());
    exchanges = recordGraphql(watched.page);
  }, 240_000);

  it("refuses a query text that is not registered, as any client would be refused", async () => {
    const response = await sendHttp(hub.gatewayUrl, { headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ initiatives(first: 1) { nodes { id } } }" }) });
    expect({ status: response.status, codes: errorCodes(response) }).toEqual({ status: 400, codes: ["TRUSTED_DOCUMENT_REQUIRED"] });
  });

  it.each([
    ["/", /^Overview$/],
    ["/initiatives", /^Initiatives$/],
    ["/map", /^Map$/],
    ["/gaps", /^Gaps & overlaps$/],
    ["/outcomes", /^Outcomes$/],
    ["/schema", /^Schema$/],
  ])("%s loads with its data, asking only by id", async (path, heading) => {
    const { page } = watched;
    await page.goto(origin + path);
    await settled(page);
    expect(await page.locator("h1").innerText()).toMatch(heading);
    expect(await page.locator("main .problem, main [role=alert]").count()).toBe(0);
    watched.expectClean();
  });

  it("opens an initiative, signs in as coordinator and adds a note, the mutation sent by id too", async () => {
    const { page } = watched;
    await page.goto(`${origin}/initiatives`);
    await settled(page);
    const link = page.locator("main table a").first();
    const title = (await link.innerText()).trim();
    await link.click();
    await page.locator("h1", { hasText: title }).waitFor();
    await settled(page);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("Signed in as coordinator (development)").waitFor();
    await page.getByRole("heading", { name: "Coordination" }).waitFor();
    await settled(page);
    await page.getByLabel("Add a note").fill(note);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "Note saved." }).waitFor();
    await page.locator(".note-list li", { hasText: note }).waitFor();
    watched.expectClean();
  });

  it("sent every operation as a registered id, never as text, and every one was answered without an error", () => {
    expect(exchanges.length).toBeGreaterThan(10);
    const sent = exchanges.map(({ body, status, answer }) => ({
      operation: body.operationName,
      hasText: "query" in body,
      hashed: /^[0-9a-f]{64}$/.test(body.extensions?.persistedQuery?.sha256Hash ?? ""),
      status,
      codes: (answer.errors ?? []).map((error: any) => error.extensions?.code),
    }));
    expect(sent.filter((exchange) => exchange.hasText || !exchange.hashed || exchange.status !== 200 || exchange.codes.length > 0)).toEqual([]);
    expect(sent.map((exchange) => exchange.operation)).toContain("AddCoordinatorNote");
  });
});
