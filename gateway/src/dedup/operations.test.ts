import { ANONYMOUS, Role } from "@dlhub/schema";
import { OperationTypeNode, parse } from "graphql";
import { operationKey } from "./operations";

const coordinator = { subject: "coordinator@phila.gov", roles: [Role.COORDINATOR] };
const operationOf = (text: string) => {
  const [operation] = parse(text).definitions;
  if (operation.kind !== "OperationDefinition") throw new Error("not an operation");
  return operation;
};

/** The parts of a request that operationKey reads. */
function request(text: string, context: unknown, variables: Record<string, unknown> = {}, operationName?: string) {
  return { operation: operationOf(text), queryHash: text, request: { query: text, variables, operationName }, context } as Parameters<typeof operationKey>[0];
}

describe("operationKey", () => {
  const anonymous = { identity: ANONYMOUS };
  const signedIn = (identity: object) => ({ identity, forwardedIdentity: "signed" });

  it("is the same for the same query, variables and operation name from callers who see the same", () => {
    expect(operationKey(request("{ a }", anonymous))).toBe(operationKey(request("{ a }", { identity: ANONYMOUS })));
    expect(operationKey(request("{ a }", signedIn(coordinator)))).toBe(operationKey(request("{ a }", signedIn({ ...coordinator }))));
  });

  it("differs with the document, the variables or the operation name", () => {
    const key = operationKey(request("query Q($n: Int) { a(n: $n) }", anonymous, { n: 1 }, "Q"));
    expect(key).not.toBe(operationKey(request("query Q($n: Int) { a(n: $n) }", anonymous, { n: 2 }, "Q")));
    expect(key).not.toBe(operationKey(request("query Q($n: Int) { a(n: $n) }", anonymous, { n: 1 })));
    expect(key).not.toBe(operationKey(request("query Q($n: Int) { b(n: $n) }", anonymous, { n: 1 }, "Q")));
  });

  it("keeps apart every difference in what is forwarded of an identity", () => {
    const keys = [
      anonymous,
      signedIn(coordinator),
      signedIn({ ...coordinator, subject: "deputy@phila.gov" }),
      signedIn({ subject: "ana@freelibrary.org", roles: [Role.EDITOR], department: "libraries" }),
      signedIn({ subject: "ana@freelibrary.org", roles: [Role.EDITOR], department: "parks" }),
      signedIn({ subject: "ana@freelibrary.org", roles: [] }),
      // Signed in under the name "anonymous": a subgraph tells it from a caller without a token.
      signedIn(ANONYMOUS),
    ].map((context) => operationKey(request("{ a }", context)));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("never shares a mutation, a subscription, or a request without an identity the gateway made", () => {
    expect(operationKey(request("mutation { a }", anonymous))).toBeNull();
    expect(operationKey(request("subscription { a }", anonymous))).toBeNull();
    expect(operationKey(request("{ a }", {}))).toBeNull();
    expect(operationKey(request("{ a }", { identity: { subject: "x" } }))).toBeNull();
    expect(operationOf("{ a }").operation).toBe(OperationTypeNode.QUERY);
  });
});
