import { RegistryClient, Role, type SupergraphDocument } from "@dlhub/schema";
import { type RegistryService } from "../src/index.js";
import { type RegistryFixture, committedSdl, edit, publishCommitted, startRegistryFixture } from "./registry-fixtures.js";

/**
 * A cluster runs several copies of the registry on one database. Publishes sent to different
 * copies at once must still land one after another (the advisory lock every write takes lives in
 * the database, not in a process): consecutive versions, each composed from the one before.
 */
describe("two copies of the registry on one database", () => {
  let fixture: RegistryFixture;
  let copy: RegistryService;
  let before: number;

  beforeAll(async () => {
    fixture = await startRegistryFixture("registry_copies");
    before = await publishCommitted(fixture);
    copy = await fixture.startCopy();
  });
  afterAll(async () => {
    await copy?.close();
    await fixture?.stop();
  });

  it("serializes publishes sent to either copy: all land, with consecutive versions, none lost", async () => {
    const names = ["it", "libraries", "commerce", "parks"];
    const copies = [fixture.service.url, copy.url];
    const results = await Promise.all(
      names.map(async (name, i) => {
        const token = await fixture.token({ subject: `ci-${name}`, roles: [Role.PUBLISHER], department: name });
        const sdl = edit(committedSdl(name), "type Query {\n", `type Query {\n  ${name}Revision: Int\n`);
        return new RegistryClient(copies[i % copies.length], { token }).publish(name, { sdl, routingUrl: fixture.routingUrl(name) });
      }),
    );
    expect(results.map((r) => r.supergraph.version).sort((a, b) => a - b)).toEqual([1, 2, 3, 4].map((n) => before + n));
    // Had a publish composed from the set it read before another copy's commit, that change would be missing.
    const served = await Promise.all(copies.map((url) => new RegistryClient(url).supergraph() as Promise<SupergraphDocument>));
    for (const supergraph of served) {
      expect(supergraph.version).toBe(before + names.length);
      for (const name of names) expect(supergraph.sdl).toContain(`${name}Revision`);
    }
    expect(served[1].hash).toBe(served[0].hash);
  });
});
