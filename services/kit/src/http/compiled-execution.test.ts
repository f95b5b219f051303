import { ApolloServer } from "@apollo/server";
import { GraphQLError, buildSchema, graphql, type GraphQLSchema } from "graphql";
import { createLogger } from "../logger.js";
import { close, createGraphqlServer, listen, type GraphqlServer, type SharedServerOptions } from "./graphql-server.js";

/**
 * Every subgraph's operations run compiled (graphql-jit). Each answer here is compared whole (HTTP
 * status, data, errors as masked) with the same server's answer run by graphql-js, over a schema
 * shaped like the catalog's (lists of objects, an interface, arguments, nulls, errors): the
 * compiled execution changes the cost of an answer, never the answer.
 */
const SDL = `
  interface Named { name: String! }
  type Site implements Named { name: String! workstations: Int neighborhood: Neighborhood }
  type Neighborhood implements Named { name: String! }
  type Initiative { id: ID! title: String! sites: [Site!]! broken: String strict: String! named: [Named!]! }
  type Query { initiatives(first: Int!, titled: String): [Initiative!]! one(id: ID!): Initiative }
`;

interface Row {
  id: string;
  title: string;
}

const ROWS: Row[] = Array.from({ length: 5 }, (_, i) => ({ id: String(i + 1), title: `Initiative ${i + 1}` }));
const sitesOf = (row: Row) => Array.from({ length: Number(row.id) % 3 }, (_, i) => ({ name: `${row.title} site ${i}`, workstations: i || null, neighborhood: i ? { name: "Logan" } : null }));

function catalogSchema(): GraphQLSchema {
  const schema = buildSchema(SDL);
  const fields = (type: string) => (schema.getType(type) as unknown as { getFields(): Record<string, { resolve?: unknown }> }).getFields();
  fields("Query").initiatives.resolve = (_: unknown, { first, titled }: { first: number; titled?: string }) =>
    ROWS.filter((row) => !titled || row.title === titled).slice(0, first);
  fields("Query").one.resolve = async (_: unknown, { id }: { id: string }) => ROWS.find((row) => row.id === id) ?? null;
  fields("Initiative").sites.resolve = async (row: Row) => sitesOf(row);
  fields("Initiative").broken.resolve = (row: Row) => {
    if (row.id === "2") throw new GraphQLError("this one is broken", { extensions: { code: "BROKEN" } });
    return "fine";
  };
  fields("Initiative").strict.resolve = (row: Row) => (row.id === "3" ? null : "kept");
  fields("Initiative").named.resolve = (row: Row) => [...sitesOf(row), { name: "Logan" }];
  (schema.getType("Named") as unknown as { resolveType: (value: object) => string }).resolveType = (value) => ("workstations" in value ? "Site" : "Neighborhood");
  return schema;
}

describe("compiled execution", () => {
  const schema = catalogSchema();
  const servers: GraphqlServer[] = [];
  let compiledUrl: string;
  let interpretedUrl: string;
  const start = async (apollo?: (shared: SharedServerOptions<object>) => ApolloServer<object>) => {
    const server = await createGraphqlServer<object>({ schema, apollo, context: async () => ({}), ready: async () => true, logger: createLogger("test", "silent") });
    servers.push(server);
    return `http://127.0.0.1:${await listen(server, 0)}/graphql`;
  };
  beforeAll(async () => {
    compiledUrl = await start();
    // graphql-js's execution, everything else as every subgraph has it (plugins, masking).
    interpretedUrl = await start((shared) => new ApolloServer<object>({ ...shared, schema }));
  });
  afterAll(() => Promise.all(servers.map((server) => close(server))));

  const post = async (url: string, query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
  };
  const compiled = (query: string, variables?: Record<string, unknown>) => post(compiledUrl, query, variables);
  const interpreted = (query: string, variables?: Record<string, unknown>) => post(interpretedUrl, query, variables);

  it.each([
    ["lists of objects with aliases and fragments", `query($n: Int!) { initiatives(first: $n) { id title ...Sites many: sites { name } } } fragment Sites on Initiative { sites { name workstations neighborhood { name } } }`, { n: 5 }],
    ["an interface's types told apart", `{ initiatives(first: 5) { named { __typename name ... on Site { workstations } } } }`, undefined],
    ["@include and @skip by variables", `query($with: Boolean!) { initiatives(first: 3) { id title @include(if: $with) sites @skip(if: $with) { name } } }`, { with: false }],
    ["an error in a nullable field, the rest answered", `{ initiatives(first: 3) { id broken } }`, undefined],
    ["a null in a non-null field, nulled up to the nearest nullable parent", `{ one(id: "3") { id strict } initiatives(first: 2) { id } }`, undefined],
    ["introspection", `{ __schema { queryType { name } types { name kind } } __type(name: "Site") { fields { name type { name kind ofType { name } } } } }`, undefined],
    ["an argument given inline and an optional one left out", `{ initiatives(first: 2, titled: "Initiative 2") { id } one(id: 4) { title } }`, undefined],
  ])("answers as graphql-js does: %s", async (_what, query, variables) => {
    const expected = await interpreted(query, variables);
    expect(expected.body.data).toBeTruthy();
    expect(await compiled(query, variables)).toEqual(expected);
  });

  it("uses a required variable's default when the caller leaves it out, as graphql-js does (graphql-jit alone refuses it)", async () => {
    const query = `query($n: Int! = 2) { initiatives(first: $n) { id } }`;
    expect(await compiled(query)).toEqual(await interpreted(query));
    expect((await compiled(query)).body.data).toEqual({ initiatives: [{ id: "1" }, { id: "2" }] });
  });

  it("refuses bad variables as before: graphql-js's message, BAD_USER_INPUT, HTTP 400", async () => {
    const query = `query($n: Int!) { initiatives(first: $n) { id } }`;
    for (const variables of [{ n: "many" }, {}]) {
      const answer = await compiled(query, variables);
      expect(answer).toEqual(await interpreted(query, variables));
      const expected = (await graphql({ schema, source: query, variableValues: variables })).errors?.map((e) => e.message);
      expect({ status: answer.status, messages: answer.body.errors?.map((e) => e.message), codes: answer.body.errors?.map((e) => e.extensions?.code) }).toEqual({
        status: 400,
        messages: expected,
        codes: ["BAD_USER_INPUT"],
      });
    }
  });

  it("answers the same document many times, with other variables each time", async () => {
    const query = `query($n: Int!) { initiatives(first: $n) { id } }`;
    for (const n of [1, 4, 2, 5]) expect(await compiled(query, { n })).toEqual(await interpreted(query, { n }));
  });
});
