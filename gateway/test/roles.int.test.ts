import { DEVELOPMENT_ISSUER, DLHUB_AUDIENCE, FORWARDED_IDENTITY_HEADER, Role, createIdentityForwarding } from "@dlhub/schema";
import { errorCodes as codes, postGraphql, queryOk, useTestStack, waitFor } from "@dlhub/subgraph-kit/testing";
import { SignJWT } from "jose";
import { type SecuredGraph, countRows, sql, startSecuredGraph } from "./secured-graph";

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("identities and roles through the gateway", () => {
  const stack = useTestStack();
  let graph: SecuredGraph;
  let initiativeId: string;

  const PARTNER_CONTACTS = `{ partner(slug: "seamaac") { name contactName contactEmail } }`;
  const NOTES = `query($id: ID!) { initiative(id: $id) { title notes { body } } }`;
  const ADD_NOTE = `mutation($input: AddCoordinatorNoteInput!) { addCoordinatorNote(input: $input) { id body } }`;

  beforeAll(async () => {
    graph = await startSecuredGraph(stack);
    await sql(graph.hub, `UPDATE partner SET contact_name = 'Thoai Nguyen', contact_email = 'thoai@example.org' WHERE slug = 'seamaac'`);
    const data = await queryOk<any>(graph.gatewayUrl, `{ libraryInitiatives(first: 1) { nodes { id } } }`);
    initiativeId = data.libraryInitiatives.nodes[0].id;
    const inCatalog = async () => Boolean((await queryOk<any>(graph.gatewayUrl, `query($id: ID!) { initiative(id: $id) { id } }`, { id: initiativeId })).initiative);
    await waitFor(inCatalog, "the hub's catalog to read the libraries feed");
  });

  it("serves published initiatives, sites, hours and classes to anyone", async () => {
    const result = await postGraphql<any>(
      graph.gatewayUrl,
      `{ libraryInitiatives { nodes { title version sites { name weeklyOpenHours } classes { title } } }
         parksInitiatives { nodes { title } } recreationCenters { name } initiatives { totalCount } partners { name } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.libraryInitiatives.nodes.length).toBeGreaterThan(0);
    expect(result.data.libraryInitiatives.nodes.every((i: { version: number }) => i.version >= 1)).toBe(true);
    expect(result.data.libraryInitiatives.nodes.some((i: { classes: unknown[] }) => i.classes.length > 0)).toBe(true);
    expect(result.data.parksInitiatives.nodes.length).toBeGreaterThan(0);
    expect(result.data.partners.length).toBeGreaterThan(0);
  });

  it("shows partner contacts to the coordinator only", async () => {
    const anonymous = await postGraphql<any>(graph.gatewayUrl, PARTNER_CONTACTS);
    expect(anonymous.data.partner).toEqual({ name: "SEAMAAC", contactName: null, contactEmail: null });
    expect(codes(anonymous)).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED"]);
    const editor = await postGraphql<any>(graph.gatewayUrl, PARTNER_CONTACTS, {}, { token: graph.tokens.librariesEditor });
    expect(editor.data.partner.contactEmail).toBeNull();
    expect(codes(editor)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    const coordinator = await queryOk<any>(graph.gatewayUrl, PARTNER_CONTACTS, {}, { token: graph.tokens.coordinator });
    expect(coordinator.partner).toEqual({ name: "SEAMAAC", contactName: "Thoai Nguyen", contactEmail: "thoai@example.org" });
  });

  it("lets only the coordinator write notes, audited in the hub's database, and read them", async () => {
    const [notes, audits] = [await countRows(graph.hub, "coordinator_note"), await countRows(graph.hub, "audit_log")];
    const input = { initiativeId, body: "Ask about a winter route." };
    expect(codes(await postGraphql(graph.gatewayUrl, ADD_NOTE, { input }))).toEqual(["UNAUTHENTICATED"]);
    expect(codes(await postGraphql(graph.gatewayUrl, ADD_NOTE, { input }, { token: graph.tokens.librariesEditor }))).toEqual(["FORBIDDEN"]);
    expect(codes(await postGraphql(graph.gatewayUrl, ADD_NOTE, { input }, { token: graph.tokens.noRole }))).toEqual(["FORBIDDEN"]);
    expect([await countRows(graph.hub, "coordinator_note"), await countRows(graph.hub, "audit_log")]).toEqual([notes, audits]);

    const added = await queryOk<any>(graph.gatewayUrl, ADD_NOTE, { input }, { token: graph.tokens.coordinator });
    const [audit] = await sql<any>(graph.hub, `SELECT * FROM audit_log WHERE entity_id = $1`, [added.addCoordinatorNote.id]);
    expect(audit).toMatchObject({
      actor_subject: "coordinator@phila.gov",
      actor_roles: [Role.COORDINATOR],
      department: "hub",
      action: "create",
      entity_type: "CoordinatorNote",
      before: null,
      after: expect.objectContaining({ initiativeId, body: "Ask about a winter route." }),
    });

    const anonymous = await postGraphql<any>(graph.gatewayUrl, NOTES, { id: initiativeId });
    expect(anonymous.data.initiative).toEqual({ title: expect.any(String), notes: null });
    expect(codes(anonymous)).toEqual(["UNAUTHENTICATED"]);
    const coordinator = await queryOk<any>(graph.gatewayUrl, NOTES, { id: initiativeId }, { token: graph.tokens.coordinator });
    expect(coordinator.initiative.notes).toEqual([{ body: "Ask about a winter route." }]);
  });

  it("lets only the coordinator link initiatives", async () => {
    const LINK = `mutation($input: LinkInitiativesInput!) { linkInitiatives(input: $input) { id } }`;
    const parks = await queryOk<any>(graph.gatewayUrl, `{ parksInitiatives(first: 1) { nodes { id } } }`);
    const input = { fromId: initiativeId, toId: parks.parksInitiatives.nodes[0].id, kind: "REFERS_TO" };
    expect(codes(await postGraphql(graph.gatewayUrl, LINK, { input }, { token: graph.tokens.parksEditor }))).toEqual(["FORBIDDEN"]);
    expect(await countRows(graph.hub, "initiative_link")).toBe(0);
  });

  describe("refuses the whole request for a token it cannot trust", () => {
    const sign = (claims: Record<string, unknown>, key: string, expiresAt: number) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: "HS256" })
        .setSubject("mallory@example.org")
        .setIssuer(DEVELOPMENT_ISSUER)
        .setAudience(DLHUB_AUDIENCE)
        .setExpirationTime(expiresAt)
        .sign(new TextEncoder().encode(key));
    const cases: [string, (graph: SecuredGraph) => Promise<string>][] = [
      ["expired", (g) => sign({ roles: [Role.COORDINATOR] }, g.tokenSecret, Math.floor(Date.now() / 1000) - 60)],
      ["signed with another secret", (g) => sign({ roles: [Role.COORDINATOR] }, g.forwardingSecret, Math.floor(Date.now() / 1000) + 600)],
      [
        "tampered",
        async (g) => {
          const [header, , signature] = g.tokens.noRole.split(".");
          const raised = { sub: "someone@phila.gov", roles: [Role.COORDINATOR], iss: DEVELOPMENT_ISSUER, aud: DLHUB_AUDIENCE, exp: 4102444800 };
          return `${header}.${encode(raised)}.${signature}`;
        },
      ],
      [
        "unsigned (alg: none)",
        async () =>
          `${encode({ alg: "none", typ: "JWT" })}.${encode({ sub: "x", roles: [Role.COORDINATOR], iss: DEVELOPMENT_ISSUER, aud: DLHUB_AUDIENCE, exp: 4102444800 })}.`,
      ],
      ["garbage", async () => "not-a-token"],
    ];

    it.each(cases)("%s", async (_label, token) => {
      const result = await postGraphql(graph.gatewayUrl, PARTNER_CONTACTS, {}, { token: await token(graph) });
      expect(result.status).toBe(401);
      expect(result.data).toBeUndefined();
      expect(codes(result)).toEqual(["UNAUTHENTICATED"]);
    });

    it("an Authorization header that is not a bearer token", async () => {
      const result = await postGraphql(graph.gatewayUrl, PARTNER_CONTACTS, {}, { headers: { authorization: "Basic YWxpY2U6c2VjcmV0" } });
      expect([result.status, codes(result)]).toEqual([401, ["UNAUTHENTICATED"]]);
    });
  });

  describe("a subgraph called directly", () => {
    it("gives a valid user token no role: only the gateway's forwarded identity counts", async () => {
      const result = await postGraphql<any>(graph.hub.url, PARTNER_CONTACTS, {}, { token: graph.tokens.coordinator });
      expect(result.data.partner.contactEmail).toBeNull();
      expect(codes(result)).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED"]);
    });

    it("refuses a forged forwarded identity", async () => {
      const forged = await createIdentityForwarding(graph.tokenSecret).sign({ subject: "mallory", roles: [Role.COORDINATOR] });
      for (const header of [forged, graph.tokens.coordinator, "garbage"]) {
        const result = await postGraphql(graph.hub.url, PARTNER_CONTACTS, {}, { headers: { [FORWARDED_IDENTITY_HEADER]: header } });
        expect([result.status, result.data, codes(result)]).toEqual([401, undefined, ["UNAUTHENTICATED"]]);
      }
    });

    it("accepts the identity the gateway would forward", async () => {
      const forwarded = await createIdentityForwarding(graph.forwardingSecret).sign({ subject: "coordinator@phila.gov", roles: [Role.COORDINATOR] });
      const data = await queryOk<any>(graph.hub.url, PARTNER_CONTACTS, {}, { headers: { [FORWARDED_IDENTITY_HEADER]: forwarded } });
      expect(data.partner.contactName).toBe("Thoai Nguyen");
    });
  });
});
