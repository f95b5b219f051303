import { createHash } from "node:crypto";
import type { HostileCase, HostileContext } from "./cases";
import { graphql, send, sendPlain } from "./http";

/*
 * Issue 12's malformed requests: each once answered HTTP 500 (or a masked INTERNAL_SERVER_ERROR),
 * or is a near neighbour of one that did. Every one is the caller's mistake and must be told so
 * with a 4xx and a stable code, by the gateway, a department called directly and the registry.
 */

const JSON_TYPE = { "content-type": "application/json" };
const TYPENAME = JSON.stringify({ query: "{ __typename }" });
const post = (url: string, body: string, headers: Record<string, string> = JSON_TYPE) => send(url, { headers, body });
const postJson = (url: string, body: unknown, headers?: Record<string, string>) => post(url, JSON.stringify(body), headers);
/** GET /graphql?…, with the header Apollo's CSRF prevention asks of a GET. */
const getGraphql = (url: string, params: Record<string, string>) =>
  send(`${url}?${new URLSearchParams(params)}`, { method: "GET", headers: { "apollo-require-preflight": "1" } });
const origin = (url: string) => new URL(url).origin;
const feedCursor = (xid: string, seq: string) => Buffer.from(`f1:${xid}:${seq}`).toString("base64url");
const persisted = (extensions: unknown, query?: string) => (c: HostileContext) => postJson(c.gatewayUrl, { query, extensions });
const ofTypes = (levels: number) => `{ __schema { types { ${"ofType { ".repeat(levels)}name${" }".repeat(levels)} } } }`;

export const requestCases: HostileCase[] = [
  // Choosing the operation
  { category: "operation", name: "an operationName the document does not hold", run: (c) => postJson(c.gatewayUrl, { query: "query A { __typename }", operationName: "B" }), code: "OPERATION_RESOLUTION_FAILURE", status: 400 },
  { category: "operation", name: "two operations and no operationName", run: (c) => postJson(c.gatewayUrl, { query: "query A { __typename } query B { __typename }" }), code: "OPERATION_RESOLUTION_FAILURE", status: 400 },
  { category: "operation", name: "an unknown operationName over GET", run: (c) => getGraphql(c.gatewayUrl, { query: "query A { __typename }", operationName: "B" }), code: "OPERATION_RESOLUTION_FAILURE", status: 400 },
  { category: "operation", name: "a 90,000-character operationName", run: (c) => postJson(c.gatewayUrl, { query: "query A { __typename }", operationName: "x".repeat(90_000) }), code: "OPERATION_RESOLUTION_FAILURE", status: 400 },
  { category: "operation", name: "an operationName that is a number", run: (c) => postJson(c.gatewayUrl, { query: "query A { __typename }", operationName: 7 }), code: "BAD_REQUEST", status: 400 },
  { category: "operation", name: "a subscription, which the graph has none of", run: (c) => graphql(c.gatewayUrl, "subscription { __typename }"), code: "GRAPHQL_VALIDATION_FAILED", status: 400 },

  // Introspection
  { category: "introspection", name: "`ofType` nested 30 deep", run: (c) => graphql(c.gatewayUrl, ofTypes(30)), code: "QUERY_LIMIT_EXCEEDED", status: 400 },
  {
    category: "introspection",
    name: "`fields` cycling through types",
    run: (c) => graphql(c.gatewayUrl, `{ __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }`),
    code: "GRAPHQL_VALIDATION_FAILED",
    status: 400,
  },

  // The body and its envelope
  { category: "envelope", name: "a batch (an array of operations)", run: (c) => post(c.gatewayUrl, `[${TYPENAME},${TYPENAME}]`), code: "BAD_REQUEST", status: 400 },
  { category: "envelope", name: "a body that is JSON null", run: (c) => post(c.gatewayUrl, "null"), code: "BAD_REQUEST", status: 400 },
  { category: "envelope", name: "extensions that are a string", run: (c) => postJson(c.gatewayUrl, { query: "{ __typename }", extensions: "{}" }), code: "BAD_REQUEST", status: 400 },
  { category: "envelope", name: "variables that are an array", run: (c) => postJson(c.gatewayUrl, { query: "{ __typename }", variables: [1] }), code: "BAD_REQUEST", status: 400 },
  { category: "envelope", name: "a persisted query of version 2", run: persisted({ persistedQuery: { version: 2, sha256Hash: "abc" } }), code: "BAD_REQUEST", status: 400 },
  { category: "envelope", name: "a persisted query that is a string", run: persisted({ persistedQuery: "x" }, "{ __typename }"), code: "BAD_REQUEST", status: 400 },
  {
    category: "envelope",
    name: "a persisted query whose hash is another query's",
    run: persisted({ persistedQuery: { version: 1, sha256Hash: createHash("sha256").update("{ other }").digest("hex") } }, "{ __typename }"),
    code: "BAD_REQUEST",
    status: 400,
  },
  { category: "envelope", name: "a charset other than UTF-8", run: (c) => post(c.gatewayUrl, TYPENAME, { "content-type": "application/json; charset=latin1" }), code: "BAD_REQUEST", status: 415 },
  { category: "envelope", name: "a body that says it is gzip and is not", run: (c) => post(c.gatewayUrl, TYPENAME, { ...JSON_TYPE, "content-encoding": "gzip" }), code: "BAD_REQUEST", status: 400 },
  { category: "envelope", name: "an unknown Content-Encoding", run: (c) => post(c.gatewayUrl, TYPENAME, { ...JSON_TYPE, "content-encoding": "br2" }), code: "BAD_REQUEST", status: 415 },
  { category: "envelope", name: "an Accept header without JSON", run: (c) => post(c.gatewayUrl, TYPENAME, { ...JSON_TYPE, accept: "text/html" }), code: "BAD_REQUEST", status: 406 },
  { category: "envelope", name: "GET with variables that are not JSON", run: (c) => getGraphql(c.gatewayUrl, { query: "{ __typename }", variables: "{nope" }), code: "BAD_REQUEST", status: 400 },
  { category: "envelope", name: "PUT", run: (c) => send(c.gatewayUrl, { method: "PUT", headers: JSON_TYPE, body: TYPENAME }), code: "BAD_REQUEST", status: 405 },
  { category: "envelope", name: "a path nobody serves", run: (c) => send(`${origin(c.gatewayUrl)}/graphql-v2`, { method: "GET" }), code: "NOT_FOUND", status: 404 },
  { category: "envelope", name: "a path whose percent-encoding does not decode", run: (c) => send(`${origin(c.gatewayUrl)}/explorer/assets/%E0%A4%A`, { method: "GET" }), code: "BAD_REQUEST", status: 400 },

  // Values the database cannot hold
  { category: "values", name: "an ID that is an object", run: (c) => graphql(c.gatewayUrl, "query ($id: ID!) { initiative(id: $id) { title } }", { variables: { id: { a: 1 } } }), code: "BAD_USER_INPUT", status: 400 },
  { category: "values", name: "the year 0", run: (c) => graphql(c.gatewayUrl, `{ initiatives(filter: { activeOn: "0000-01-01" }, first: 1) { totalCount } }`), code: "BAD_USER_INPUT" },
  { category: "values", name: "a place ID with a NUL byte", run: (c) => graphql(c.gatewayUrl, "query ($id: ID!) { place(id: $id) { name } }", { variables: { id: "libraries:\u0000" } }), code: "BAD_USER_INPUT" },

  // A department, called directly
  { category: "department", name: "a subscription sent to a department", run: (c) => graphql(c.librariesUrl, "subscription { __typename }"), code: "GRAPHQL_VALIDATION_FAILED", status: 400 },
  { category: "department", name: "a persisted query of version 2 sent to a department", run: (c) => postJson(c.librariesUrl, { extensions: { persistedQuery: { version: 2, sha256Hash: "abc" } } }), code: "BAD_REQUEST", status: 400 },
  { category: "department", name: "a feed cursor past any transaction id", run: (c) => sendPlain(`${origin(c.librariesUrl)}/initiative-feed?after=${feedCursor("99999999999999999999", "1")}`), code: "BAD_USER_INPUT", status: 400 },
  { category: "department", name: "a place-feed cursor past any sequence number", run: (c) => sendPlain(`${origin(c.librariesUrl)}/place-feed?after=${feedCursor("1", "9223372036854775808")}`), code: "BAD_USER_INPUT", status: 400 },
  { category: "department", name: "a path the department does not serve", run: (c) => send(`${origin(c.librariesUrl)}/initiative-feed/all`, { method: "GET" }), code: "NOT_FOUND", status: 404 },

  // The registry
  { category: "registry", name: "a publish whose body is not JSON", run: (c) => sendPlain(`${c.registryUrl}/subgraphs/libraries/publish`, { headers: JSON_TYPE, body: "{nope" }), code: "BAD_REQUEST", status: 400 },
  { category: "registry", name: "a publish in another charset", run: (c) => sendPlain(`${c.registryUrl}/subgraphs/libraries/publish`, { headers: { "content-type": "application/json; charset=bogus" }, body: "{}" }), code: "BAD_REQUEST", status: 415 },
  { category: "registry", name: "a publish that says it is gzip and is not", run: (c) => sendPlain(`${c.registryUrl}/subgraphs/libraries/publish`, { headers: { ...JSON_TYPE, "content-encoding": "gzip" }, body: "{}" }), code: "BAD_REQUEST", status: 400 },
  { category: "registry", name: "a subgraph name whose percent-encoding does not decode", run: (c) => sendPlain(`${c.registryUrl}/subgraphs/%E0%A4%A/versions`), code: "BAD_REQUEST", status: 400 },
  { category: "registry", name: "a usage report without a service token", run: (c) => sendPlain(`${c.registryUrl}/usage`, { headers: JSON_TYPE, body: JSON.stringify({ operations: [], dropped: 0 }) }), code: "UNAUTHENTICATED", status: 401 },
  { category: "registry", name: "a usage window of a million days", run: (c) => sendPlain(`${c.registryUrl}/usage?days=1000000`), code: "BAD_REQUEST", status: 400 },
  { category: "registry", name: "usage of a subgraph named with SQL", run: (c) => sendPlain(`${c.registryUrl}/usage?subgraph=${encodeURIComponent("parks'; DROP TABLE coordinate_usage; --")}`), code: "BAD_REQUEST", status: 400 },
];
