import { type RegistryClient, Role, composeSupergraph } from "@dlhub/schema";
import { PUBLISH_ORDER, type RegistryFixture, committedSdl, edit, publishCommitted, startRegistryFixture, refusal } from "./registry-fixtures.js";

let fixture: RegistryFixture;
let url: string;

beforeAll(async () => {
  fixture = await startRegistryFixture("registry");
  url = fixture.service.url;
});
afterAll(() => fixture?.stop());

/** A JSON answer's body; these tests read its error or version. */
const json = async (response: Response): Promise<any> => response.json();

const post = (path: string, body: unknown, token?: string) =>
  fetch(`${url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

const parks = () => ({ sdl: committedSdl("parks"), routingUrl: fixture.routingUrl("parks") });
const currentVersion = async () => (await fixture.client().supergraph())?.version ?? null;

describe("before the first publish", () => {
  it("answers health and readiness", async () => {
    expect((await fetch(`${url}/health`)).status).toBe(200);
    expect(await json(await fetch(`${url}/ready`))).toEqual({ status: "ready" });
  });

  it("has no supergraph: 404 over HTTP, null from the client", async () => {
    const response = await fetch(`${url}/supergraph`);
    expect(response.status).toBe(404);
    expect(await json(response)).toEqual({ error: { code: "NOT_FOUND", message: expect.any(String) } });
    expect(await fixture.client().supergraph()).toBeNull();
    expect(await fixture.client().listSubgraphs()).toEqual([]);
  });
});

describe("who may publish", () => {
  it("refuses a request without a token, or with a tampered one (401)", async () => {
    const missing = await post("/subgraphs/parks/publish", parks());
    expect(missing.status).toBe(401);
    expect((await json(missing)).error.code).toBe("UNAUTHENTICATED");
    const token = await fixture.token({ subject: "ci-parks", roles: [Role.PUBLISHER], department: "parks" });
    const [header, payload, signature] = token.split(".");
    // The payload now claims the coordinator role; the signature no longer matches it.
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, "base64url").toString()), roles: ["coordinator"] })).toString("base64url");
    const tampered = await post("/subgraphs/parks/publish", parks(), `${header}.${forged}.${signature}`);
    expect(tampered.status).toBe(401);
    expect((await json(tampered)).error).toEqual({ code: "UNAUTHENTICATED", message: "The token is not valid." });
  });

  it("refuses another department's publisher, and the coordinator, with 403; nothing is stored", async () => {
    const libraries = await refusal((await fixture.publisher("libraries")).publish("parks", parks()));
    expect(libraries).toMatchObject({ status: 403, code: "FORBIDDEN" });
    const coordinator = await refusal((await fixture.coordinator()).publish("parks", parks()));
    expect(coordinator).toMatchObject({ status: 403, code: "FORBIDDEN" });
    expect(await currentVersion()).toBeNull();
    expect(await refusal(fixture.client().subgraphHistory("parks"))).toMatchObject({ status: 404, code: "NOT_FOUND" });
  });
});

describe("publishing the committed department subgraphs", () => {
  let version: number;

  beforeAll(async () => {
    version = await publishCommitted(fixture);
  });

  it("composes them into one supergraph version per publish", async () => {
    expect(version).toBe(PUBLISH_ORDER.length);
    const current = await fixture.client().supergraph();
    const expected = composeSupergraph(PUBLISH_ORDER.map((name) => ({ name, url: fixture.routingUrl(name), sdl: committedSdl(name) })).sort((a, b) => a.name.localeCompare(b.name)));
    expect(current).toMatchObject({ version, reason: "publish", createdBy: "ci-parks", rolledBackTo: null, sdl: expected });
    expect(current?.subgraphs.map(({ name }) => name)).toEqual(["commerce", "hub", "it", "libraries", "parks"]);
    const live = await fixture.client().listSubgraphs();
    expect(live.map(({ name, publishedBy }) => [name, publishedBy])).toEqual([
      ["commerce", "ci-commerce"],
      ["hub", "ci-hub"],
      ["it", "ci-it"],
      ["libraries", "ci-libraries"],
      ["parks", "ci-parks"],
    ]);
  });

  it("stores nothing new for an identical publish", async () => {
    const result = await (await fixture.publisher("parks")).publish("parks", parks());
    expect(result).toMatchObject({ published: true, unchanged: true, supergraph: { version }, report: { ok: true } });
    expect(await fixture.client().subgraphHistory("parks")).toHaveLength(1);
  });

  it("serves the supergraph as SDL text for a Router-class gateway, with the same version ETag", async () => {
    const text = await fetch(`${url}/supergraph.graphql`);
    expect(text.status).toBe(200);
    expect(text.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(text.headers.get("etag")).toBe(`"${version}"`);
    expect(await text.text()).toBe((await fixture.client().supergraph())?.sdl);
    expect((await fetch(`${url}/supergraph.graphql`, { headers: { "if-none-match": `"${version}"` } })).status).toBe(304);
  });

  it("answers the gateway's poll with 304 while the version is unchanged", async () => {
    const first = await fetch(`${url}/supergraph`);
    expect(first.headers.get("etag")).toBe(`"${version}"`);
    const unchanged = await fetch(`${url}/supergraph`, { headers: { "if-none-match": `"${version}"` } });
    expect(unchanged.status).toBe(304);
    const older = await fetch(`${url}/supergraph`, { headers: { "if-none-match": `"${version - 1}"` } });
    expect(older.status).toBe(200);
    expect((await json(older)).version).toBe(version);
  });

  it("refuses, with 422 and the report, a publish that does not compose; the supergraph stays", async () => {
    const sdl = edit(committedSdl("parks"), "  departmentId: ID! @external", "  departmentId: String! @external");
    const error = await refusal((await fixture.publisher("parks")).publish("parks", { ...parks(), sdl }));
    expect(error).toMatchObject({ status: 422, code: "CHECK_FAILED", report: { ok: false, composition: { ok: false } } });
    expect(error.report?.composition.errors.length).toBeGreaterThan(0);
    expect(await currentVersion()).toBe(version);
    expect(await fixture.client().subgraphHistory("parks")).toHaveLength(1);
  });

  it("refuses a publish that breaks the hub contract", async () => {
    const error = await refusal((await fixture.publisher("parks")).publish("parks", { ...parks(), routingUrl: fixture.deadRoutingUrl }));
    expect(error).toMatchObject({ status: 422, code: "CHECK_FAILED" });
    expect(error.report?.contract).toMatchObject({ ok: false, problems: [expect.objectContaining({ rule: "FEED" })] });
    // A check runs in the department's pull-request CI, where nothing serves its feed: not probed.
    const offline = await (await fixture.publisher("parks")).check("parks", { ...parks(), routingUrl: fixture.deadRoutingUrl });
    expect(offline).toMatchObject({ ok: true, contract: { ok: true, problems: [] } });
    const sdl = edit(committedSdl("parks"), "  status: InitiativeStatus!\n", "");
    const missingField = await refusal((await fixture.publisher("parks")).publish("parks", { ...parks(), sdl }));
    expect(missingField.report?.contract?.ok).toBe(false);
    expect(await currentVersion()).toBe(version);
  });

  it("checks bodies and names before anything else (400)", async () => {
    const coordinator = await fixture.coordinator();
    expect(await refusal(coordinator.check("Parks!", parks()))).toMatchObject({ status: 400, code: "BAD_REQUEST" });
    const ftp = await refusal(coordinator.check("parks", { ...parks(), routingUrl: "ftp://parks/graphql" }));
    expect(ftp).toMatchObject({ status: 400, code: "BAD_REQUEST", message: expect.stringContaining("routingUrl") });
    const token = await fixture.token({ subject: "ci-parks", roles: [Role.PUBLISHER], department: "parks" });
    const malformed = await post("/subgraphs/parks/publish", "{ not json", token);
    expect(malformed.status).toBe(400);
    expect((await json(malformed)).error.code).toBe("BAD_REQUEST");
    const unknown = await fetch(`${url}/no/such/route`);
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).error.code).toBe("NOT_FOUND");
  });
});

describe("saved operations", () => {
  const labs = { name: "RecreationCenterLabs", document: "query RecreationCenterLabs { recreationCenters { name computerLabs { name workstations } } }" };
  const withoutWorkstations = () => edit(committedSdl("parks"), '  """Public workstations in the lab."""\n  workstations: Int!\n', "");
  let parksPublisher: RegistryClient;

  beforeAll(async () => {
    parksPublisher = await fixture.publisher("parks");
  });

  it("are registered by the coordinator only, and must be named and parse", async () => {
    const coordinator = await fixture.coordinator();
    expect(await refusal(parksPublisher.registerOperations("dashboard", [labs]))).toMatchObject({ status: 403 });
    const anonymous = await refusal(coordinator.registerOperations("dashboard", [{ name: "Labs", document: "{ recreationCenters { name } }" }]));
    expect(anonymous).toMatchObject({ status: 400, code: "BAD_REQUEST", message: expect.stringContaining("anonymous") });
    const saved = await coordinator.registerOperations("dashboard", [labs]);
    expect(saved).toEqual([expect.objectContaining({ client: "dashboard", name: labs.name, registeredBy: "coordinator@phila.gov" })]);
    expect(await fixture.client().operations()).toEqual(saved);
  });

  it("refuse the removal of a field a saved operation uses, naming the operation", async () => {
    const before = await currentVersion();
    const report = await parksPublisher.check("parks", { ...parks(), sdl: withoutWorkstations() });
    expect(report.ok).toBe(false);
    expect(report.brokenOperations).toEqual([{ client: "dashboard", name: "RecreationCenterLabs", reasons: [expect.stringContaining("workstations")] }]);
    const error = await refusal(parksPublisher.publish("parks", { ...parks(), sdl: withoutWorkstations() }));
    expect(error).toMatchObject({ status: 422, code: "CHECK_FAILED", message: expect.stringContaining("dashboard/RecreationCenterLabs") });
    expect(error.report?.changes).toContainEqual(expect.objectContaining({ path: "ComputerLab.workstations", operations: ["dashboard/RecreationCenterLabs"] }));
    expect(await currentVersion()).toBe(before);
  });

  it("let the field go once no saved operation uses it", async () => {
    await (await fixture.coordinator()).registerOperations("dashboard", []);
    const before = await currentVersion();
    const result = await parksPublisher.publish("parks", { ...parks(), sdl: withoutWorkstations() });
    expect(result).toMatchObject({ unchanged: false, supergraph: { version: (before as number) + 1 } });
    expect(result.report.changes).toContainEqual(expect.objectContaining({ criticality: "BREAKING", path: "ComputerLab.workstations", operations: [] }));
  });
});
