import { randomBytes } from "node:crypto";
import { createIdentityForwarding, Role } from "@dlhub/schema";
import { queryOk } from "@dlhub/subgraph-kit/testing";
import { feedsCaughtUp } from "../src/bench/catch-up";
import { waitFor } from "./catalog-compare";
import { hostileCases, type HostileContext } from "./hostile/cases";
import { codesOf, graphql } from "./hostile/http";
import { hostileTokens } from "./hostile/tokens";
import { type TestHub, startTestHub } from "./start-test-hub";

/**
 * Issue 5's hostile-input suite, through the gateway (and around it): every case gets the error
 * code it should, nothing is written by any of them (the data of every database is fingerprinted
 * before and after), and a normal query still answers after each one.
 */
describe("hostile input", () => {
  let hub: TestHub;
  let context: HostileContext;
  let before: string;

  const fingerprint = async () => {
    const parts: unknown[] = [];
    for (const service of hub.subgraphs) {
      const db = service.database.dataSource;
      const own =
        service.name === "hub"
          ? `SELECT (SELECT count(*) FROM coordinator_note) notes, (SELECT count(*) FROM initiative_link) links,
                    (SELECT md5(string_agg(id || title, ',' ORDER BY id)) FROM catalog_initiative) catalog`
          : `SELECT (SELECT count(*) FROM initiative) initiatives,
                    (SELECT md5(string_agg(id || ':' || title || ':' || summary || ':' || version || ':' || status, ',' ORDER BY id)) FROM initiative) initiative_rows`;
      const [row] = await db.query(own);
      const [audit] = await db.query(`SELECT count(*) AS audits FROM audit_log`);
      parts.push({ service: service.name, ...row, ...audit });
    }
    return JSON.stringify(parts);
  };

  beforeAll(async () => {
    hub = await startTestHub();
    const tokens = await hostileTokens(hub.tokenSecret);
    const data = await queryOk<any>(
      hub.gatewayUrl,
      `{ libraryInitiatives(first: 1) { nodes { id version } } parksInitiatives(first: 1) { nodes { id version } } initiatives(first: 1) { nodes { id } } }`,
    );
    const forged = await createIdentityForwarding(randomBytes(32).toString("base64url")).sign({ subject: "mallory", roles: [Role.EDITOR], department: "libraries" });
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    context = {
      gatewayUrl: hub.gatewayUrl,
      librariesUrl: hub.subgraphs.find((s) => s.name === "libraries")!.url,
      tokens,
      library: data.libraryInitiatives.nodes[0],
      parks: data.parksInitiatives.nodes[0],
      catalogId: data.initiatives.nodes[0].id,
      forgedIdentity: {
        wrongSecret: forged,
        algNone: `${encode({ alg: "none" })}.${encode({ sub: "mallory", roles: ["editor"], department: "libraries", iss: "dlhub-gateway", aud: "dlhub-subgraphs", exp: 4102444800 })}.`,
      },
    };
    // The catalog is still filling from the departments' feeds at first; it must be settled.
    await waitFor(() => feedsCaughtUp(hub), 20_000, "the catalog to hold every department's initiatives");
    before = await fingerprint();
  });
  afterAll(() => hub?.stop());

  it("has at least 50 cases", () => {
    expect(hostileCases.length).toBeGreaterThanOrEqual(50);
  });

  it.each(hostileCases.map((c) => [`${c.category}: ${c.name}`, c] as const))("%s", async (_label, hostile) => {
    const answer = await hostile.run(context);
    expect(answer.text).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // never a stack trace
    if (hostile.code === null) {
      expect(codesOf(answer)).toEqual([]);
      expect(answer.body?.data).toBeTruthy();
    } else {
      expect(codesOf(answer)[0]).toBe(hostile.code);
    }
    if (hostile.status) expect(answer.status).toBe(hostile.status);
    const normal = await graphql(hub.gatewayUrl, `{ initiatives(first: 3) { totalCount nodes { title } } }`);
    expect(codesOf(normal)).toEqual([]);
  });

  it("wrote nothing: every database holds exactly what it held before", async () => {
    expect(JSON.parse(await fingerprint())).toEqual(JSON.parse(before));
  });

  it("still lets an editor change their own department's data afterwards", async () => {
    const edited = await graphql(
      hub.gatewayUrl,
      `mutation ($input: UpdateLibraryInitiativeInput!) { updateLibraryInitiative(input: $input) { version title } }`,
      { variables: { input: { id: context.library.id, version: context.library.version, title: "Computer basics (edited)" } }, token: context.tokens.librariesEditor },
    );
    expect(codesOf(edited)).toEqual([]);
    expect(edited.body?.data).toEqual({ updateLibraryInitiative: { version: context.library.version + 1, title: "Computer basics (edited)" } });
  });
});
