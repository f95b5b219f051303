import { createHash } from "node:crypto";
import { type RegistryFixture, startRegistryFixture } from "./registry-fixtures.js";

let fixture: RegistryFixture;
beforeAll(async () => {
  fixture = await startRegistryFixture("persisted_documents");
});
afterAll(() => fixture?.stop());

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

const LABS = "query Labs {\n  recreationCenters {\n    name\n  }\n}";
const BRANCHES = "query Branches { libraryBranches { name } }";

/** GET /persisted-documents as a gateway asks it, holding `etag` (or nothing yet). */
async function poll(etag?: string | null): Promise<{ status: number; etag: string | null; body: any }> {
  const response = await fetch(`${fixture.service.url}/persisted-documents`, { headers: etag ? { "if-none-match": etag } : {} });
  const text = await response.text();
  return { status: response.status, etag: response.headers.get("etag"), body: text ? JSON.parse(text) : null };
}

describe("GET /persisted-documents", () => {
  it("lists every saved operation by the sha256 of its exact text, and answers 304 while the list is unchanged", async () => {
    const empty = await poll();
    expect(empty).toEqual({ status: 200, etag: expect.stringMatching(/^"[0-9a-f]{32}"$/), body: { documents: [] } });
    expect((await poll(empty.etag)).status).toBe(304);

    const coordinator = await fixture.coordinator();
    await coordinator.registerOperations("console", [{ name: "Labs", document: LABS }]);
    await coordinator.registerOperations("dashboard", [{ name: "Branches", document: BRANCHES }]);
    const listed = await poll(empty.etag);
    expect(listed.status).toBe(200);
    expect(listed.etag).not.toBe(empty.etag);
    expect(listed.body.documents).toEqual([
      { id: sha256(LABS), document: LABS, client: "console", name: "Labs" },
      { id: sha256(BRANCHES), document: BRANCHES, client: "dashboard", name: "Branches" },
    ]);
    const unchanged = await poll(listed.etag);
    expect({ status: unchanged.status, etag: unchanged.etag, body: unchanged.body }).toEqual({ status: 304, etag: listed.etag, body: null });
  });

  it("reads If-None-Match as HTTP allows (weak tags, several tags) and answers the list to a tag it never gave", async () => {
    const { etag } = await poll();
    expect((await poll(`W/${etag}`)).status).toBe(304);
    expect((await poll(`"0123456789abcdef0123456789abcdef", ${etag}`)).status).toBe(304);
    for (const other of [`"0123456789abcdef0123456789abcdef"`, "*", "garbage", `"${"z".repeat(32)}"`]) {
      const answer = await poll(other);
      expect([other, answer.status, answer.body.documents.length]).toEqual([other, 200, 2]);
    }
  });

  it("changes its tag when a document's text changes under the same name, and when a client's list is emptied", async () => {
    const coordinator = await fixture.coordinator();
    const before = await poll();
    const edited = LABS.replace("name", "name\n    id");
    await coordinator.registerOperations("console", [{ name: "Labs", document: edited }]);
    const after = await poll(before.etag);
    expect(after.status).toBe(200);
    expect(after.body.documents[0]).toEqual({ id: sha256(edited), document: edited, client: "console", name: "Labs" });
    await coordinator.registerOperations("console", []);
    const emptied = await poll(after.etag);
    expect(emptied.status).toBe(200);
    expect(emptied.body.documents.map((d: any) => d.client)).toEqual(["dashboard"]);
  });

  it("needs no token: a document's text is no secret, running it is what the gateway guards", async () => {
    const response = await fetch(`${fixture.service.url}/persisted-documents`, { headers: { authorization: "Bearer not-a-token" } });
    expect(response.status).toBe(200);
  });
});
