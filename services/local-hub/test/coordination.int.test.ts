import { Role, mintDevelopmentToken } from "@dlhub/schema";
import { type SubgraphService } from "@dlhub/subgraph-kit";
import { postGraphql, queryOk, waitFor } from "@dlhub/subgraph-kit/testing";
import { feedsCaughtUp } from "../src/bench/catch-up";
import { type TestHub, startTestHub } from "./start-test-hub";

/** The coordinator's own writes through the gateway: links and notes, checked and atomic. */
describe("the coordinator's links and notes", () => {
  let hub: TestHub;
  let library: { id: string; title: string };
  let parks: { id: string; title: string };
  const service = (name: string) => hub.subgraphs.find((s) => s.name === name) as SubgraphService;
  const count = async (table: string) => Number((await service("hub").database.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  let token = "";
  const asCoordinator = () => ({ token });
  const errorCode = async (query: string, variables: Record<string, unknown>) =>
    (await postGraphql(hub.gatewayUrl, query, variables, asCoordinator())).errors?.[0]?.extensions?.code;

  const LINK = `mutation($input: LinkInitiativesInput!) { linkInitiatives(input: $input) { id kind note } }`;
  const NOTE = `mutation($input: AddCoordinatorNoteInput!) { addCoordinatorNote(input: $input) { id body } }`;

  beforeAll(async () => {
    hub = await startTestHub();
    token = await mintDevelopmentToken(hub.tokenSecret, { subject: "coordinator@phila.gov", roles: [Role.COORDINATOR] });
    await waitFor(() => feedsCaughtUp(hub), "the catalog to hold every department's initiatives");
    const data = await queryOk<any>(hub.gatewayUrl, `{ l: initiatives(filter: { search: "Techmobile" }) { nodes { id title } } p: initiatives(filter: { search: "afterschool" }) { nodes { id title } } }`);
    [library, parks] = [data.l.nodes[0], data.p.nodes[0]];
  });
  afterAll(() => hub?.stop());

  it("links initiatives of two departments and shows the link from both sides", async () => {
    await queryOk(hub.gatewayUrl, LINK, { input: { fromId: library.id, toId: parks.id, kind: "CO_LOCATED", note: "Techmobile stops at rec centres with camps" } }, asCoordinator());
    const data = await queryOk<any>(hub.gatewayUrl, `query($a: ID!, $b: ID!) {
      a: initiative(id: $a) { links { incoming link { kind note } other { title parks { afterschoolCamps { seats } } } } }
      b: initiative(id: $b) { links { incoming other { title library { techmobileStops { locationName } } } } } }`, { a: library.id, b: parks.id });
    expect(data.a.links).toEqual([{ incoming: false, link: { kind: "CO_LOCATED", note: "Techmobile stops at rec centres with camps" }, other: expect.objectContaining({ title: parks.title }) }]);
    expect(data.a.links[0].other.parks.afterschoolCamps.length).toBeGreaterThan(0);
    expect(data.b.links[0]).toMatchObject({ incoming: true, other: { title: library.title } });
    expect(data.b.links[0].other.library.techmobileStops.length).toBeGreaterThan(0);
  });

  it("adds notes and refuses bad ones with stable codes, writing nothing", async () => {
    await queryOk(hub.gatewayUrl, NOTE, { input: { initiativeId: library.id, body: "  Ask about a winter route.  " } }, asCoordinator());
    const notes = await count("coordinator_note");
    const links = await count("initiative_link");
    expect(await errorCode(NOTE, { input: { initiativeId: library.id, body: "   " } })).toBe("BAD_USER_INPUT");
    expect(await errorCode(NOTE, { input: { initiativeId: library.id, body: "x".repeat(5001) } })).toBe("BAD_USER_INPUT");
    expect(await errorCode(NOTE, { input: { initiativeId: library.id, body: "see\u0000this" } })).toBe("BAD_USER_INPUT");
    expect(await postGraphql(hub.gatewayUrl, NOTE, { input: { initiativeId: library.id, body: "anonymous" } }).then((r) => r.errors?.[0]?.extensions?.code)).toBe("UNAUTHENTICATED");
    expect(await errorCode(NOTE, { input: { initiativeId: "00000000-0000-4000-8000-000000000000", body: "hello" } })).toBe("NOT_FOUND");
    expect(await errorCode(NOTE, { input: { initiativeId: "'; DROP TABLE coordinator_note; --", body: "hello" } })).toBe("NOT_FOUND");
    expect(await errorCode(LINK, { input: { fromId: library.id, toId: library.id, kind: "REFERS_TO" } })).toBe("BAD_USER_INPUT");
    expect(await errorCode(LINK, { input: { fromId: library.id, toId: parks.id, kind: "CO_LOCATED" } })).toBe("CONFLICT");
    expect(await errorCode(LINK, { input: { fromId: library.id, toId: parks.id, kind: "SPONSORS" } })).toBe("BAD_USER_INPUT");
    expect(await count("coordinator_note")).toBe(notes);
    expect(await count("initiative_link")).toBe(links);
    const data = await queryOk<any>(hub.gatewayUrl, `query($a: ID!) { initiative(id: $a) { notes { body } } }`, { a: library.id }, asCoordinator());
    expect(data.initiative.notes).toEqual([{ body: "Ask about a winter route." }]);
  });

  it("shows a neighborhood's initiatives of every department, each with its department's detail", async () => {
    const data = await queryOk<any>(hub.gatewayUrl, `{ neighborhoods { name initiatives { department library { classes { title } } parks { computerLabs { name } } it { keyspotSites { name } } } } }`);
    const departments = new Set(data.neighborhoods.flatMap((n: any) => n.initiatives.map((i: any) => i.department)));
    expect(departments.size).toBeGreaterThanOrEqual(3);
    for (const neighborhood of data.neighborhoods) {
      for (const initiative of neighborhood.initiatives) {
        expect(initiative.library !== null).toBe(initiative.department === "LIBRARIES");
        expect(initiative.parks !== null).toBe(initiative.department === "PARKS");
      }
    }
  });
});
