import { ANONYMOUS, FORWARDED_IDENTITY_HEADER, type Identity, Role, createIdentityForwarding, mintDevelopmentToken } from "@dlhub/schema";
import { type Request } from "express";
import { type GraphQLResolveInfo } from "graphql";
import { type SubgraphContext } from "../context";
import { authChecker } from "./auth-checker";
import { forwardedIdentity } from "./forwarded-identity";

const coordinator: Identity = { subject: "coordinator@phila.gov", roles: [Role.COORDINATOR] };
const librariesEditor: Identity = { subject: "ana@phila.gov", roles: [Role.EDITOR], department: "libraries" };
const parksEditor: Identity = { subject: "raj@phila.gov", roles: [Role.EDITOR], department: "parks" };
const noRoles: Identity = { subject: "someone@phila.gov", roles: [] };

/** The checker's answer for `identity` asking for `roles` in subgraph `subgraph`: true, or the error code it threw. */
function check(identity: Identity, roles: Role[], subgraph = "libraries"): boolean | string {
  const context = { identity, subgraph } as SubgraphContext;
  try {
    return authChecker({ context, root: {}, args: {}, info: {} as GraphQLResolveInfo }, roles) as boolean;
  } catch (error) {
    return String((error as { extensions?: { code?: string } }).extensions?.code);
  }
}

describe("the roles checker", () => {
  it("lets the coordinator through coordinator fields in every subgraph", () => {
    expect(check(coordinator, [Role.COORDINATOR], "hub")).toBe(true);
    expect(check(coordinator, [Role.COORDINATOR], "parks")).toBe(true);
  });

  it("lets an editor write only the department its token names", () => {
    expect(check(librariesEditor, [Role.EDITOR], "libraries")).toBe(true);
    expect(check(parksEditor, [Role.EDITOR], "libraries")).toBe("FORBIDDEN");
    expect(check(librariesEditor, [Role.EDITOR], "parks")).toBe("FORBIDDEN");
  });

  it("gives the coordinator no editor rights, and editors no coordinator rights", () => {
    expect(check(coordinator, [Role.EDITOR], "libraries")).toBe("FORBIDDEN");
    expect(check(librariesEditor, [Role.COORDINATOR], "hub")).toBe("FORBIDDEN");
  });

  it("tells anonymous callers to sign in, and signed-in ones without the role that they may not", () => {
    expect(check(ANONYMOUS, [Role.COORDINATOR])).toBe("UNAUTHENTICATED");
    expect(check(ANONYMOUS, [Role.EDITOR])).toBe("UNAUTHENTICATED");
    expect(check(noRoles, [Role.COORDINATOR])).toBe("FORBIDDEN");
  });

  it("accepts any listed role, and any signed-in caller when none is listed", () => {
    expect(check(librariesEditor, [Role.COORDINATOR, Role.EDITOR])).toBe(true);
    expect(check(noRoles, [])).toBe(true);
    expect(check(ANONYMOUS, [])).toBe("UNAUTHENTICATED");
  });
});

describe("a subgraph's caller", () => {
  const secret = "the-forwarding-secret-of-this-test-0123456789";
  const forwarding = createIdentityForwarding(secret);
  const request = (headers: Record<string, string>) => ({ headers }) as unknown as Request;
  const refusal = (promise: Promise<unknown>) => promise.then(() => "accepted", (error: { extensions?: Record<string, unknown> }) => error.extensions);

  it("is the identity the gateway forwarded", async () => {
    const header = await forwarding.sign(librariesEditor);
    await expect(forwardedIdentity(request({ [FORWARDED_IDENTITY_HEADER]: header }), forwarding)).resolves.toEqual(librariesEditor);
  });

  it("is anonymous without the header, and always without a forwarding secret", async () => {
    await expect(forwardedIdentity(request({}), forwarding)).resolves.toBe(ANONYMOUS);
    const header = await forwarding.sign(coordinator);
    await expect(forwardedIdentity(request({ [FORWARDED_IDENTITY_HEADER]: header }), undefined)).resolves.toBe(ANONYMOUS);
  });

  it("never comes from the Authorization header, even with a valid user token", async () => {
    const token = await mintDevelopmentToken(secret, { subject: "x", roles: [Role.COORDINATOR] });
    await expect(forwardedIdentity(request({ authorization: `Bearer ${token}` }), forwarding)).resolves.toBe(ANONYMOUS);
  });

  it("refuses the request with UNAUTHENTICATED and HTTP 401 when the header cannot be trusted", async () => {
    const forged = await createIdentityForwarding(`${secret}-forged`).sign(coordinator);
    for (const header of [forged, "", "garbage"]) {
      await expect(refusal(forwardedIdentity(request({ [FORWARDED_IDENTITY_HEADER]: header }), forwarding))).resolves.toEqual({
        code: "UNAUTHENTICATED",
        http: { status: 401 },
      });
    }
  });
});
