import { randomBytes } from "node:crypto";
import { postGraphql } from "@dlhub/subgraph-kit/testing";
import { type Page } from "playwright-core";
import { type WatchedContext, describeInBrowser, openContext, screenshot, seriousViolations, settled } from "./browser";
import { useConsole } from "./console-hub";

/** Every GraphQL exchange a page has with the gateway: what it asked and what came back. */
function recordGraphql(page: Page): { variables: Record<string, unknown>[]; answers: string[] } {
  const record = { variables: [] as Record<string, unknown>[], answers: [] as string[] };
  page.on("response", async (response) => {
    if (!response.url().endsWith("/graphql")) return;
    record.variables.push(JSON.parse(response.request().postData() ?? "{}").variables ?? {});
    record.answers.push(await response.text().catch(() => ""));
  });
  return record;
}

/**
 * The coordinator signs in with the development role picker (`npm start`), adds a note in the
 * app and the graph has it; a public visitor's browser neither shows nor receives it.
 */
describeInBrowser("the coordinator's sign-in and notes", () => {
  const setup = useConsole();
  const note = `Ask the Free Library about a joint class at this site (${randomBytes(3).toString("hex")})`;
  let initiative: { id: string; title: string };
  let coordinator: WatchedContext;
  beforeAll(async () => {
    const { initiatives } = await setup.hub.ask(`{ initiatives(first: 1) { nodes { id title } } }`);
    initiative = initiatives.nodes[0];
    coordinator = await openContext(setup.browser);
  });
  afterAll(() => coordinator?.close());
  const initiativePath = () => `/initiatives/${encodeURIComponent(initiative.id)}`;

  it("signs in as coordinator by keyboard, adds a note in the app, and the graph reads it back", async () => {
    const { page } = coordinator;
    await page.goto(setup.hub.origin + initiativePath());
    await settled(page);
    expect(await page.getByRole("heading", { name: "Coordination" }).count()).toBe(0);

    await page.getByLabel("Sign in as").focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Sign in");
    await page.keyboard.press("Enter");
    await page.getByText("Signed in as coordinator (development)").waitFor();
    await page.getByRole("heading", { name: "Coordination" }).waitFor();
    await settled(page);

    await page.getByLabel("Add a note").fill(note);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "Note saved." }).waitFor();
    await page.locator(".note-list li", { hasText: note }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "11-initiative-signed-in-as-coordinator");

    const token = await setup.hub.coordinatorToken();
    const { initiative: read } = await setup.hub.ask(`query($id: ID!) { initiative(id: $id) { notes { body createdAt } } }`, { id: initiative.id }, token);
    expect(read.notes.map((n: { body: string }) => n.body)).toContain(note);
    coordinator.expectClean();
  });

  it("a public visitor sees no coordinator-only data, and is sent none", async () => {
    const visitor = await openContext(setup.browser);
    try {
      const graphql = recordGraphql(visitor.page);
      await visitor.page.goto(setup.hub.origin + initiativePath());
      await settled(visitor.page);
      expect(await visitor.page.locator("h1").innerText()).toBe(initiative.title);
      const text = await visitor.page.locator("body").innerText();
      expect(text).not.toContain(note);
      expect(text).not.toMatch(/Your notes|Coordination|Signed in as/);
      expect(graphql.answers.length).toBeGreaterThan(0);
      expect(graphql.answers.filter((answer) => answer.includes(note))).toEqual([]);
      // The page never asked for notes it may not have.
      expect(graphql.variables.filter((v) => v.withNotes !== undefined).map((v) => v.withNotes)).toEqual([false]);
      visitor.expectClean();
    } finally {
      await visitor.close();
    }
    // The gateway refuses the notes to anyone but the coordinator; the rest of the answer stands.
    const anonymous = await postGraphql<any>(setup.hub.hub.gatewayUrl, `query($id: ID!) { initiative(id: $id) { title notes { body } } }`, { id: initiative.id });
    expect(anonymous.data?.initiative).toEqual({ title: initiative.title, notes: null });
    expect(anonymous.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });

  it("signing out takes the notes off the screen at once", async () => {
    const { page } = coordinator;
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("button", { name: "Sign in" }).waitFor();
    await page.waitForFunction((body) => !document.body.innerText.includes(body), note);
    await settled(page);
    expect(await page.getByRole("heading", { name: "Coordination" }).count()).toBe(0);
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([]);
    coordinator.expectClean();
  });
});
