import { type Server, createServer } from "node:http";
import { type AddressInfo } from "node:net";
import { type RegistryFixture, committedSdl, refusal, startRegistryFixture } from "./registry-fixtures.js";

/**
 * FEED_DEPARTMENT at publish: the registry reads the first page of the department's change feeds,
 * served here by a real HTTP server on port 0, and refuses a publish whose feeds say they are
 * another department's.
 */
let fixture: RegistryFixture;
let feed: Server;
let routingUrl: string;
/** What the stand-in department's feeds answer; each test sets it. */
let pages: Record<string, unknown> = {};
const asked: string[] = [];

beforeAll(async () => {
  fixture = await startRegistryFixture("registry_feed_department");
  feed = createServer((request, response) => {
    asked.push(request.url ?? "");
    const body = pages[new URL(request.url ?? "/", "http://feed").pathname];
    response.writeHead(body === undefined ? 404 : 200, { "content-type": "application/json" });
    response.end(JSON.stringify(body ?? { error: "not found" }));
  });
  await new Promise<void>((resolve) => feed.listen(0, "127.0.0.1", resolve));
  routingUrl = `http://127.0.0.1:${(feed.address() as AddressInfo).port}/graphql`;
  await (await fixture.publisher("hub")).publish("hub", { sdl: committedSdl("hub"), routingUrl: fixture.routingUrl("hub") });
});
afterAll(async () => {
  await new Promise<void>((resolve) => feed.close(() => resolve()));
  await fixture?.stop();
});

const initiative = (id: string, departmentId: string) => ({ initiativeId: id, initiative: { id, title: id, departmentId } });
const place = (key: string, departmentId: string) => ({ placeKey: key, place: { id: key, departmentId } });
const publishLibraries = async () => (await fixture.publisher("libraries")).publish("libraries", { sdl: committedSdl("libraries"), routingUrl });

describe("publishing checks the department the feeds name", () => {
  it("refuses a publish whose feeds name another department, reading a small first page of each, and stores nothing", async () => {
    pages = {
      "/initiative-feed": { departmentId: "parks", changes: [initiative("a", "parks"), initiative("b", "parks")], cursor: "c1", hasMore: true },
      "/place-feed": { departmentId: "libraries", changes: [place("libraries:1", "libraries"), place("parks:2", "parks")], cursor: "p1", hasMore: false },
    };
    const refused = await refusal(publishLibraries());
    expect({ status: refused.status, code: refused.code }).toEqual({ status: 422, code: "CHECK_FAILED" });
    expect(refused.report?.contract).toEqual({
      ok: false,
      problems: [
        { rule: "FEED_DEPARTMENT", message: expect.stringContaining('GET /initiative-feed names department "parks" (the page and 2 of its rows), not "libraries"') },
        { rule: "FEED_DEPARTMENT", message: expect.stringContaining('GET /place-feed names department "parks" (1 of its rows), not "libraries"') },
      ],
    });
    expect(refused.message).toContain("it breaks the hub contract (2 problems)");
    expect(asked).toEqual(expect.arrayContaining(["/initiative-feed?limit=10", "/place-feed?limit=10"]));
    expect((await fixture.client().listSubgraphs()).map(({ name }) => name)).toEqual(["hub"]);
  });

  it("judges an older build's page by its legacy department value", async () => {
    pages = { "/initiative-feed": { department: "PARKS", changes: [], cursor: null, hasMore: false }, "/place-feed": { department: "LIBRARIES", changes: [], cursor: null, hasMore: false } };
    const refused = await refusal(publishLibraries());
    expect(refused.report?.contract?.problems).toEqual([{ rule: "FEED_DEPARTMENT", message: expect.stringContaining('GET /initiative-feed names department "parks" (the page), not "libraries"') }]);
  });

  it("publishes once the feeds name the department, by id or by its legacy value", async () => {
    pages = {
      "/initiative-feed": { departmentId: "libraries", changes: [initiative("a", "libraries")], cursor: "c1", hasMore: false },
      "/place-feed": { department: "LIBRARIES", changes: [], cursor: null, hasMore: false },
    };
    const published = await publishLibraries();
    expect(published.report.contract).toEqual({ ok: true, problems: [] });
    expect((await fixture.client().listSubgraphs()).map(({ name }) => name).sort()).toEqual(["hub", "libraries"]);
  });
});
