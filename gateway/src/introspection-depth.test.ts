import { buildSchema, getIntrospectionQuery, parse, validate } from "graphql";
import { introspectionDepthRule } from "./introspection-depth";
import { DEFAULT_QUERY_LIMITS } from "./limits";

const schema = buildSchema(`type Query { a: [[Int!]!] }`);

/** The messages the rule reports for `query` at `max`. */
function refusals(query: string, max = DEFAULT_QUERY_LIMITS.introspectionDepth): string[] {
  const reported: string[] = [];
  validate(schema, parse(query), [introspectionDepthRule(max, (_context, message) => reported.push(message))]);
  return reported;
}

const ofTypes = (levels: number) => `{ __schema { types { ${"ofType { ".repeat(levels)}name${" }".repeat(levels)} } } }`;

describe("introspectionDepthRule", () => {
  it("lets graphql-js's own introspection query pass, every option on (15 deep)", () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true });
    expect(refusals(query, 15)).toEqual([]);
    expect(refusals(query, 14)).toEqual(["Introspection depth limit of 14 exceeded, found 15."]);
  });

  it("refuses `ofType` nested past the limit", () => {
    expect(refusals(ofTypes(16))).toEqual([]);
    expect(refusals(ofTypes(30))).toEqual(["Introspection depth limit of 20 exceeded, found 33."]);
  });

  it("counts fragments where they are spread, the root's ones included", () => {
    const query = `{ ...Root } fragment Root on Query { __schema { types { ...Deep } } } fragment Deep on __Type { ${"ofType { ".repeat(20)}name${" }".repeat(20)} }`;
    expect(refusals(query)).toEqual(["Introspection depth limit of 20 exceeded, found 23."]);
  });

  it("leaves other fields to the depth limit", () => {
    expect(refusals(`{ a __type(name: "Query") { ${"ofType { ".repeat(30)}name${" }".repeat(30)} } }`)).toEqual([]);
  });

  it("measures a fragment bomb in linear time", () => {
    const fragments = Array.from({ length: 60 }, (_, i) => `fragment F${i + 1} on __Type { ofType { ...F${i} } a: ofType { ...F${i} } }`);
    const query = `{ __schema { types { ...F60 } } } fragment F0 on __Type { name } ${fragments.join(" ")}`;
    const started = Date.now();
    expect(refusals(query)).toEqual(["Introspection depth limit of 20 exceeded, found 63."]);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
