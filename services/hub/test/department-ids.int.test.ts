import { randomBytes } from "node:crypto";
import { startRegistry } from "@dlhub/registry";
import { RegistryClient, Role, createIdentityVerifier, mintDevelopmentToken } from "@dlhub/schema";
import { createTestDatabase, postGraphql, queryOk, startTestSubgraph, useTestStack, waitFor } from "@dlhub/subgraph-kit/testing";
import { createHub } from "../src/hub.js";
import { initiativeSnapshot, placeSnapshot, startStandInFeed } from "./fixtures/stand-in-feed.js";

const ARTS_CULTURE_NAME = "Office of Arts, Culture and the Creative Economy";
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
/** Inside the demo geography's Logan (services/hub/src/geography/seed/demo-geography.ts). */
const inLogan = (id: string) => ({ id, longitude: -75.1453, latitude: 40.0318 });

const DEPARTMENTS = `{ departments { name departmentId departmentName department initiativeCount placeCount lastSyncedAt lastAttemptAt lastError } }`;

/**
 * Departments as registry data (issue 14), end to end through the hub's own sync: a real registry
 * names the departments, and stand-in feeds over real HTTP play three departments — one the
 * closed enum never listed (`arts-culture`), one built before ids that sends only the enum value
 * (`parks`), and one whose pages claim to be another department (`commerce` saying `parks`).
 */
describe("departments by registered id and name", () => {
  const stack = useTestStack();
  const secret = randomBytes(32).toString("hex");
  let hubUrl: string;
  let registryUrl: string;
  let stopRegistry: () => Promise<void>;

  const department = async (id: string) => (await queryOk<any>(hubUrl, DEPARTMENTS)).departments.find((d: any) => d.departmentId === id);

  beforeAll(async () => {
    const database = await createTestDatabase("hub_department_ids");
    stack.defer("the registry's database", () => database.drop());
    const registry = await startRegistry({ databaseUrl: database.url, port: 0, verifier: createIdentityVerifier({ secret }) });
    // A test stops it early; it is stopped once.
    let stopping: Promise<void> | undefined;
    stopRegistry = () => (stopping ??= registry.close());
    stack.defer("the registry", () => stopRegistry());
    registryUrl = registry.url;

    const artsCulture = await startStandInFeed(
      {
        stated: { departmentId: "arts-culture" },
        initiatives: [initiativeSnapshot(uuid(1), "Digital storytelling studio", inLogan("arts-culture:studio:s1"), 12)],
        places: [placeSnapshot(inLogan("arts-culture:studio:s1"), "Logan storytelling studio")],
      },
      stack,
    );
    // An older department build: the legacy enum value and no departmentId.
    const parks = await startStandInFeed(
      {
        stated: { department: "PARKS" },
        initiatives: [initiativeSnapshot(uuid(2), "Older adult tech hours", inLogan("parks:recreation_center:r1"), 30)],
        places: [placeSnapshot(inLogan("parks:recreation_center:r1"), "Logan recreation center")],
      },
      stack,
    );
    const impostor = await startStandInFeed(
      {
        stated: { departmentId: "parks", department: "PARKS" },
        initiatives: [initiativeSnapshot(uuid(3), "Not commerce's at all", inLogan("parks:recreation_center:r2"), 99)],
        places: [],
      },
      stack,
    );
    const hub = createHub({
      feeds: [
        { name: "arts-culture", url: artsCulture },
        { name: "parks", url: parks },
        { name: "commerce", url: impostor },
      ],
      registryUrl,
      syncIntervalMs: 100,
    });
    // Seeded: the demo geography places the stand-ins' sites in Logan.
    hubUrl = (await startTestSubgraph(hub, { stack })).url;
    await waitFor(async () => (await department("arts-culture"))?.lastSyncedAt && (await department("parks"))?.lastSyncedAt, "the departments synced");
  });

  it("syncs a department the enum never listed, filters by its id, and calls it by its id until the registry names it", async () => {
    expect(await department("arts-culture")).toMatchObject({
      name: "arts-culture",
      departmentName: "arts-culture",
      department: null,
      initiativeCount: 1,
      placeCount: 1,
      lastError: null,
    });
    const data = await queryOk<any>(
      hubUrl,
      `{ initiatives(filter: { departmentIds: ["arts-culture"] }) { totalCount nodes { title departmentId departmentName } }
         places(filter: { departmentIds: ["arts-culture"] }) { nodes { id departmentId departmentName } } }`,
    );
    expect(data.initiatives).toEqual({
      totalCount: 1,
      nodes: [{ title: "Digital storytelling studio", departmentId: "arts-culture", departmentName: "arts-culture" }],
    });
    expect(data.places.nodes).toEqual([{ id: "arts-culture:studio:s1", departmentId: "arts-culture", departmentName: "arts-culture" }]);
  });

  it("takes `filter: null` on places, as a client may send it, for no filter", async () => {
    const places = (filter: unknown) => queryOk<{ places: { totalCount: number } }>(hubUrl, `query($filter: PlaceFilter) { places(filter: $filter) { totalCount } }`, { filter });
    const unfiltered = await places(undefined);
    expect(unfiltered.places.totalCount).toBeGreaterThan(0);
    expect(await places(null)).toEqual(unfiltered);
  });

  it("answers the deprecated enum field of a department the list lacks with DEPARTMENT_NOT_LISTED, on every type that has it", async () => {
    // One question each: the first error nulls its way up to the root and would hide the others.
    const questions = [
      `{ initiatives(filter: { departmentIds: ["arts-culture"] }) { nodes { department } } }`,
      `{ places(filter: { departmentIds: ["arts-culture"] }) { nodes { department } } }`,
      `{ neighborhoods { initiativeCounts { departmentId department } } }`,
      `{ neighborhoods { sites { departmentId department } } }`,
      `{ neighborhoods { placeCounts { departmentId department } } }`,
    ];
    for (const question of questions) {
      const asked = await postGraphql<any>(hubUrl, question);
      expect({ question, errors: (asked.errors ?? []).map((error: any) => error.extensions) }).toEqual({
        question,
        errors: [{ code: "DEPARTMENT_NOT_LISTED", departmentId: "arts-culture" }],
      });
    }
  });

  it("shows the department's registered name, in every answer and roll-up, once the registry names it", async () => {
    const coordinator = await mintDevelopmentToken(secret, { subject: "coordinator@phila.gov", roles: [Role.COORDINATOR] });
    await new RegistryClient(registryUrl, { token: coordinator }).registerDepartment({ id: "arts-culture", name: ARTS_CULTURE_NAME });
    await waitFor(async () => (await department("arts-culture")).departmentName === ARTS_CULTURE_NAME, "the registered name in the hub");

    const named = { departmentId: "arts-culture", departmentName: ARTS_CULTURE_NAME };
    const data = await queryOk<any>(
      hubUrl,
      `{ initiatives(filter: { departmentIds: ["arts-culture"] }) { nodes { departmentId departmentName } }
         places(filter: { departmentIds: ["arts-culture"] }) { nodes { departmentId departmentName } }
         neighborhoods { id initiativeCounts { departmentId departmentName count }
           sites { id departmentId departmentName } placeCounts { departmentId departmentName count } }
         byId: outcomes(groupBy: DEPARTMENT_ID, metric: PEOPLE_TRAINED) { key label value }
         byEnum: outcomes(groupBy: DEPARTMENT, metric: PEOPLE_TRAINED) { key label value } }`,
    );
    expect(data.initiatives.nodes).toEqual([named]);
    expect(data.places.nodes).toEqual([named]);
    const logan = data.neighborhoods.find((n: any) => n.id === "logan");
    const parks = { departmentId: "parks", departmentName: "Parks & Recreation" };
    expect(logan.initiativeCounts).toEqual([
      { ...named, count: 1 },
      { ...parks, count: 1 },
    ]);
    expect(logan.sites).toEqual([
      { id: "arts-culture:studio:s1", ...named },
      { id: "parks:recreation_center:r1", ...parks },
    ]);
    expect(logan.placeCounts).toEqual([
      { ...named, count: 1 },
      { ...parks, count: 1 },
    ]);
    expect(data.byId).toEqual([
      { key: "parks", label: "Parks & Recreation", value: 30 },
      { key: "arts-culture", label: ARTS_CULTURE_NAME, value: 12 },
    ]);
    // The deprecated grouping keys a department the enum never listed by its id.
    expect(data.byEnum).toEqual([
      { key: "PARKS", label: "Parks & Recreation", value: 30 },
      { key: "arts-culture", label: ARTS_CULTURE_NAME, value: 12 },
    ]);
  });

  it("reads a department built before ids by its enum value, and answers the deprecated fields and filter for the listed departments", async () => {
    expect(await department("parks")).toMatchObject({ departmentName: "Parks & Recreation", department: "PARKS", initiativeCount: 1, lastError: null });
    const data = await queryOk<any>(
      hubUrl,
      `{ initiatives(filter: { departments: [PARKS, COMMERCE] }) { nodes { title departmentId department } }
         places(filter: { departments: [PARKS] }) { nodes { id department } } }`,
    );
    // The enum filter cannot name arts-culture, so it never matches it.
    expect(data.initiatives.nodes).toEqual([{ title: "Older adult tech hours", departmentId: "parks", department: "PARKS" }]);
    expect(data.places.nodes).toEqual([{ id: "parks:recreation_center:r1", department: "PARKS" }]);
    const both = await postGraphql(hubUrl, `{ places(filter: { departmentIds: ["parks"], departments: [PARKS] }) { totalCount } }`);
    expect(both.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "filter.departments" } });
  });

  it("refuses a page saying it is another department, and goes on with the others", async () => {
    const commerce = await waitFor(async () => {
      const found = await department("commerce");
      return found?.lastError ? found : null;
    }, "commerce's refused page");
    expect(commerce).toMatchObject({
      departmentId: "commerce",
      departmentName: "Department of Commerce",
      department: "COMMERCE",
      initiativeCount: 0,
      placeCount: 0,
      lastSyncedAt: null,
      lastError: "the feed says it is department parks; it is published as commerce",
    });
    // Nothing of the refused page is in the catalog, under either department.
    const data = await queryOk<any>(hubUrl, `{ initiatives(filter: { departmentIds: ["commerce", "parks"] }) { nodes { title } } }`);
    expect(data.initiatives.nodes).toEqual([{ title: "Older adult tech hours" }]);
    expect((await department("arts-culture")).lastError).toBeNull();
  });

  it("keeps the names it read while the registry does not answer", async () => {
    await stopRegistry();
    // commerce's refused page is tried, and fails, every round: two more attempts are two more rounds without the registry.
    const attempted = async () => (await department("commerce")).lastAttemptAt as string;
    const before = await attempted();
    const once = await waitFor(async () => (await attempted()) !== before && (await attempted()), "a round without the registry");
    await waitFor(async () => (await attempted()) !== once, "a second round without the registry");
    expect(await department("arts-culture")).toMatchObject({ departmentName: ARTS_CULTURE_NAME, lastError: null });
    expect((await department("parks")).departmentName).toBe("Parks & Recreation");
  });
});
