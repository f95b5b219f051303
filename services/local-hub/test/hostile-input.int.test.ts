import { randomBytes } from "node:crypto";
import { createIdentityForwarding, Role } from "@dlhub/schema";
import { openDatabase } from "@dlhub/subgraph-kit";
import { errorCodes, queryOk, useTestStack } from "@dlhub/subgraph-kit/testing";
import { type DataSource } from "typeorm";
import { feedsCaughtUp, waitForCatalog } from "../src/bench/catch-up";
import { fingerprintDatabase } from "./hostile/fingerprint";
import { hostileCases, type HostileContext } from "./hostile/cases";
import { graphql } from "./hostile/http";
import { hostileTokens } from "./hostile/tokens";
import { type TestHub, startTestHub } from "./start-test-hub";

/**
 * Issue 5's hostile-input suite, through the gateway (and around it), with issue 12's malformed
 * requests to the gateway, a department and the registry (hostile/request-cases.ts): every case
 * gets the error code it should, nothing is written by any of them (every table of every database, the
 * registry's included, is fingerprinted before and after), and a normal query still answers in
 * full after each one.
 */
describe("hostile input", () => {
  const stack = useTestStack();
  let hub: TestHub;
  let context: HostileContext;
  let before: Record<string, Record<string, string>>;
  /** A connection of the test's own to each database, the services' pools left alone. */
  const databases = new Map<string, DataSource>();

  const fingerprint = async () => {
    const prints: Record<string, Record<string, string>> = {};
    for (const [name, db] of databases) prints[name] = await fingerprintDatabase(db);
    return prints;
  };

  /** The liveness check after each case: HTTP 200 with the data asked for, nothing less. */
  const expectNormalAnswer = async () => {
    const normal = await graphql(hub.gatewayUrl, `{ initiatives(first: 3) { totalCount nodes { title } } }`);
    const initiatives = (normal.data as { initiatives?: { totalCount: number; nodes: { title: string }[] } } | null | undefined)?.initiatives;
    expect({ status: normal.status, codes: errorCodes(normal), titles: initiatives?.nodes.length, total: (initiatives?.totalCount ?? 0) > 0 }).toEqual({
      status: 200,
      codes: [],
      titles: 3,
      total: true,
    });
  };

  beforeAll(async () => {
    hub = stack.add(await startTestHub(), "the hub");
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
      registryUrl: hub.registryUrl,
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
    await waitForCatalog(hub, "the catalog to hold every department's initiatives", () => feedsCaughtUp(hub), 30_000);
    for (const [name, url] of Object.entries(hub.databaseUrls)) {
      const { dataSource } = await openDatabase({ url, entities: [], migrations: [] });
      stack.defer(`the test's connection to ${name}`, () => dataSource.destroy());
      databases.set(name, dataSource);
    }
    before = await fingerprint();
    // Every database is there, with data in it: an empty fingerprint would prove nothing.
    expect(Object.keys(before).sort()).toEqual(["commerce", "hub", "it", "libraries", "parks", "registry"]);
    for (const tables of Object.values(before)) expect(Object.values(tables).some((print) => !print.startsWith("0 rows"))).toBe(true);
  });

  it("has at least 50 cases", () => {
    expect(hostileCases.length).toBeGreaterThanOrEqual(50);
  });

  it.each(hostileCases.map((c) => [`${c.category}: ${c.name}`, c] as const))("%s", async (_label, hostile) => {
    const answer = await hostile.run(context);
    expect(answer.text).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/); // never a stack trace
    if (hostile.code === null) {
      expect(errorCodes(answer)).toEqual([]);
      expect(answer.data).toBeTruthy();
    } else {
      expect(errorCodes(answer)[0]).toBe(hostile.code);
    }
    if (hostile.status) expect(answer.status).toBe(hostile.status);
    await expectNormalAnswer();
  });

  it("wrote nothing: every table of every database holds exactly what it held before", async () => {
    expect(await fingerprint()).toEqual(before);
  });

  it("still lets an editor change their own department's data afterwards", async () => {
    const edited = await graphql(
      hub.gatewayUrl,
      `mutation ($input: UpdateLibraryInitiativeInput!) { updateLibraryInitiative(input: $input) { version title } }`,
      { variables: { input: { id: context.library.id, version: context.library.version, title: "Computer basics (edited)" } }, token: context.tokens.librariesEditor },
    );
    expect(errorCodes(edited)).toEqual([]);
    expect(edited.data).toEqual({ updateLibraryInitiative: { version: context.library.version + 1, title: "Computer basics (edited)" } });
  });
});
