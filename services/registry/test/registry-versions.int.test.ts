import { RegistryError } from "@dlhub/schema";
import { type RegistryFixture, committedSdl, edit, publishCommitted, startRegistryFixture } from "./registry-fixtures.js";

let fixture: RegistryFixture;
let committedVersion: number;

beforeAll(async () => {
  fixture = await startRegistryFixture("registry_versions");
  committedVersion = await publishCommitted(fixture);
  const sdl = edit(committedSdl("parks"), "type Query {\n", "type Query {\n  parksRevision: Int\n");
  await (await fixture.publisher("parks")).publish("parks", { sdl, routingUrl: fixture.routingUrl("parks") });
});
afterAll(() => fixture?.stop());

describe("GET /supergraph/versions/:version", () => {
  it("serves any stored version with its own SDL, not only the live one", async () => {
    const client = fixture.client();
    const [older, newer] = await Promise.all([client.supergraphVersion(committedVersion), client.supergraphVersion(committedVersion + 1)]);
    expect(older).toMatchObject({ version: committedVersion, reason: "publish", rolledBackTo: null });
    expect(older.sdl).not.toContain("parksRevision");
    expect(newer.sdl).toContain("parksRevision");
    expect(newer).toEqual(await client.supergraph());
    expect(older.subgraphs.map(({ name }) => name)).toEqual(["commerce", "hub", "it", "libraries", "parks"]);
  });

  it("answers 404 NOT_FOUND for a version that does not exist, and 400 for one that is not a number", async () => {
    const missing = await fixture.client().supergraphVersion(committedVersion + 50).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(RegistryError);
    expect(missing).toMatchObject({ status: 404, code: "NOT_FOUND", message: `Supergraph version ${committedVersion + 50} does not exist.` });
    const response = await fetch(`${fixture.service.url}/supergraph/versions/latest`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: "BAD_REQUEST", message: "Invalid supergraph version: must be a positive whole number" } });
  });
});
