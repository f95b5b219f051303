import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type DataSource } from "typeorm";
import { REPOSITORY_ROOT, Role } from "@dlhub/schema";
import { openRegistryDatabase } from "../src/index.js";
import { type RegistryFixture, publishCommitted, refusal, startRegistryFixture } from "./registry-fixtures.js";

/** Departments as registry data: registered by the coordinator, listed publicly, required before a publish. */
let fixture: RegistryFixture;
let db: DataSource;
let committedVersion: number;

const ARTS = { id: "arts-culture", name: "Office of Arts, Culture and the Creative Economy", contact: "creative@phila.gov" };

/**
 * A department subgraph nobody listed in the repository: the Office of Immigrant Affairs' committed
 * SDL under another id, its detail field and types renamed as that id's own (the contract derives
 * the detail field from the subgraph name).
 */
const artsSdl = readFileSync(join(REPOSITORY_ROOT, "services", "immigrant-affairs", "schema.graphql"), "utf8")
  .replaceAll("immigrantAffairs", "artsCulture")
  .replaceAll("ImmigrantAffairs", "ArtsCulture");

/** What a refused publish must leave untouched: no subgraph version, no supergraph version, no event. */
const storedCounts = async () =>
  (await db.query(
    `SELECT (SELECT count(*) FROM subgraph_version)::int AS subgraphs, (SELECT count(*) FROM supergraph_version)::int AS supergraphs, (SELECT count(*) FROM webhook_event)::int AS events`,
  )) as { subgraphs: number; supergraphs: number; events: number }[];

beforeAll(async () => {
  fixture = await startRegistryFixture("registry_departments");
  ({ dataSource: db } = await openRegistryDatabase(fixture.databaseUrl));
  committedVersion = await publishCommitted(fixture);
});
afterAll(async () => {
  await db?.destroy();
  await fixture?.stop();
});

describe("GET /departments", () => {
  it("lists, without a token, the departments DL Hub already had, registered by the migration; the hub is not one", async () => {
    const departments = await fixture.client().departments();
    expect(departments.map(({ id, name, contact, registeredBy }) => ({ id, name, contact, registeredBy }))).toEqual([
      { id: "commerce", name: "Department of Commerce", contact: null, registeredBy: "migration 20261202000500" },
      { id: "immigrant-affairs", name: "Office of Immigrant Affairs", contact: null, registeredBy: "migration 20261202000500" },
      { id: "it", name: "Office of Innovation and Technology", contact: null, registeredBy: "migration 20261202000500" },
      { id: "libraries", name: "Free Library of Philadelphia", contact: null, registeredBy: "migration 20261202000500" },
      { id: "parks", name: "Parks & Recreation", contact: null, registeredBy: "migration 20261202000500" },
    ]);
  });
});

describe("publishing a department nobody registered", () => {
  it("is refused with DEPARTMENT_NOT_REGISTERED, publish and check alike, and nothing is stored", async () => {
    const before = await storedCounts();
    const publisher = await fixture.publisher(ARTS.id);
    const input = { sdl: artsSdl, routingUrl: fixture.routingUrl(ARTS.id) };
    for (const call of [publisher.publish(ARTS.id, input), publisher.check(ARTS.id, input), (await fixture.coordinator()).check(ARTS.id, input)]) {
      expect(await refusal(call)).toMatchObject({
        status: 403,
        code: "DEPARTMENT_NOT_REGISTERED",
        message: expect.stringContaining(`Ask the coordinator to register it: dlhub department register ${ARTS.id} --name`),
      });
    }
    expect(await storedCounts()).toEqual(before);
    expect(await refusal(fixture.client().subgraphHistory(ARTS.id))).toMatchObject({ status: 404 });
    expect((await fixture.client().supergraph())?.version).toBe(committedVersion);
  });

  it("is still the department's own publisher's: another department's token is FORBIDDEN before anything else", async () => {
    const parks = await fixture.publisher("parks");
    expect(await refusal(parks.publish(ARTS.id, { sdl: artsSdl, routingUrl: fixture.routingUrl(ARTS.id) }))).toMatchObject({ status: 403, code: "FORBIDDEN" });
  });
});

describe("POST /departments", () => {
  it("is the coordinator's alone", async () => {
    expect(await refusal(fixture.client().registerDepartment(ARTS))).toMatchObject({ status: 401, code: "UNAUTHENTICATED" });
    expect(await refusal((await fixture.publisher(ARTS.id)).registerDepartment(ARTS))).toMatchObject({ status: 403, code: "FORBIDDEN" });
    const editor = fixture.client(await fixture.token({ subject: "editor", roles: [Role.EDITOR], department: "parks" }));
    expect(await refusal(editor.registerDepartment(ARTS))).toMatchObject({ status: 403, code: "FORBIDDEN" });
    expect((await fixture.client().departments()).map(({ id }) => id)).not.toContain(ARTS.id);
  });

  it("refuses a malformed id, the hub, an empty name and unknown fields with BAD_REQUEST", async () => {
    const coordinator = await fixture.coordinator();
    const cases: [unknown, RegExp][] = [
      [{ ...ARTS, id: "Arts Culture" }, /id: a subgraph name must be 2–41 characters of a-z, 0-9 and '-', starting with a letter/],
      [{ ...ARTS, id: "hub" }, /"hub" is the coordinator's own subgraph, not a department/],
      [{ ...ARTS, name: "   " }, /name: name must not be empty/],
      [{ id: ARTS.id }, /name: /],
      [{ ...ARTS, title: "Arts" }, /Unrecognized key/],
    ];
    for (const [body, message] of cases) {
      expect(await refusal(coordinator.registerDepartment(body as typeof ARTS))).toMatchObject({ status: 400, code: "BAD_REQUEST", message: expect.stringMatching(message) });
    }
    expect((await fixture.client().departments()).map(({ id }) => id)).not.toContain(ARTS.id);
  });

  it("registers a department; the same data again is fine; other data for the same id is a CONFLICT that changes nothing", async () => {
    const coordinator = await fixture.coordinator();
    const first = await coordinator.registerDepartment(ARTS);
    expect(first).toEqual({ created: true, department: { ...ARTS, registeredBy: "coordinator@phila.gov", registeredAt: expect.any(String) } });
    const again = await coordinator.registerDepartment({ ...ARTS, name: ` ${ARTS.name} ` });
    expect(again).toEqual({ created: false, department: first.department });
    for (const other of [{ ...ARTS, name: "Arts and Culture" }, { ...ARTS, contact: "someone-else@phila.gov" }, { id: ARTS.id, name: ARTS.name }]) {
      expect(await refusal(coordinator.registerDepartment(other))).toMatchObject({ status: 409, code: "CONFLICT", message: expect.stringContaining(`Department ${ARTS.id} is already registered as "${ARTS.name}"`) });
    }
    expect((await fixture.client().departments()).find(({ id }) => id === ARTS.id)).toEqual(first.department);
  });

  it("lets the registered department's publisher publish, and it joins the supergraph", async () => {
    const publisher = await fixture.publisher(ARTS.id);
    const result = await publisher.publish(ARTS.id, { sdl: artsSdl, routingUrl: fixture.routingUrl(ARTS.id) });
    expect(result).toMatchObject({ published: true, unchanged: false, subgraph: { name: ARTS.id, publishedBy: `ci-${ARTS.id}` }, supergraph: { version: committedVersion + 1 } });
    expect((await fixture.client().listSubgraphs()).map(({ name }) => name)).toContain(ARTS.id);
  });
});
