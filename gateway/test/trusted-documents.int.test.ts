import { createHash } from "node:crypto";
import { createLogger } from "@dlhub/subgraph-kit";
import { type HttpExchange, errorCodes, sendHttp, useTestStack, waitFor } from "@dlhub/subgraph-kit/testing";
import { type TestGateway, startTestGateway } from "@dlhub/gateway/testing";
import { RegistryDocuments } from "../src/trusted-documents/index.js";
import { type RegistryFixture, publishCommitted, startRegistryFixture } from "../../services/registry/test/registry-fixtures";

/*
 * The gateway following a real registry (real PostgreSQL) whose committed subgraphs route to a
 * stand-in: the documents ask only `__typename`, which the gateway answers without any department,
 * so what is tested is which requests may run at all.
 */

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const HELLO = "query Hello { __typename }";
const LATER = "query Later {\n  __typename\n}";
const FREE = "query Free { __typename }";

const stack = useTestStack();
let fixture: RegistryFixture;
let required: TestGateway;
let allowed: TestGateway;

const json = { "content-type": "application/json" };
const post = (gateway: TestGateway, body: Record<string, unknown>) => sendHttp(gateway.url, { headers: json, body: JSON.stringify(body) });
const apq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
const answerOf = (response: HttpExchange) => ({ status: response.status, data: response.data ?? null, codes: errorCodes(response) });
const RAN = { status: 200, data: { __typename: "Query" }, codes: [] };

async function startFollowing(mode: "required" | "allowed"): Promise<TestGateway> {
  const gateway = await startTestGateway({ supergraph: { registryUrl: fixture.service.url, pollIntervalMs: 100 }, trustedDocuments: { mode }, stack });
  await waitFor(async () => (await sendHttp(`${gateway.origin}/ready`)).status === 200, `the ${mode} gateway to hold the supergraph and the document list`);
  return gateway;
}

beforeAll(async () => {
  fixture = stack.add(await startRegistryFixture("trusted_documents"), "the registry");
  await publishCommitted(fixture);
  await (await fixture.coordinator()).registerOperations("console", [{ name: "Hello", document: HELLO }]);
  required = await startFollowing("required");
  allowed = await startFollowing("allowed");
}, 60_000);

describe("a gateway that requires trusted documents", () => {
  it("runs a registered document by GraphQL-over-HTTP documentId, in a POST body or a GET query string", async () => {
    expect(answerOf(await post(required, { documentId: `sha256:${sha256(HELLO)}` }))).toEqual(RAN);
    expect(answerOf(await post(required, { documentId: sha256(HELLO), operationName: "Hello" }))).toEqual(RAN);
    const get = await sendHttp(`${required.url}?documentId=sha256:${sha256(HELLO)}`, { headers: { "apollo-require-preflight": "true" } });
    expect(answerOf(get)).toEqual(RAN);
  });

  it("runs a registered document by Apollo's persisted-query extension, in a POST body or a GET query string", async () => {
    expect(answerOf(await post(required, { extensions: apq(sha256(HELLO)) }))).toEqual(RAN);
    const extensions = encodeURIComponent(JSON.stringify(apq(sha256(HELLO))));
    expect(answerOf(await sendHttp(`${required.url}?extensions=${extensions}`, { headers: { "apollo-require-preflight": "true" } }))).toEqual(RAN);
  });

  it("refuses a query text that is not a registered document with TRUSTED_DOCUMENT_REQUIRED and 400, before parsing it", async () => {
    for (const query of [FREE, `${HELLO} `, "{ this is not GraphQL"]) {
      const response = await post(required, { query });
      expect([query, answerOf(response)]).toEqual([query, { status: 400, data: null, codes: ["TRUSTED_DOCUMENT_REQUIRED"] }]);
      expect(response.errors?.[0].message).toMatch(/runs only registered documents/);
    }
  });

  it("runs a query text that is byte for byte a registered document: it is that document", async () => {
    expect(answerOf(await post(required, { query: HELLO }))).toEqual(RAN);
  });

  it("answers an unknown id with PERSISTED_QUERY_NOT_FOUND, and refuses the text a client then falls back to", async () => {
    const unknown = await post(required, { extensions: apq(sha256(FREE)) });
    expect(answerOf(unknown)).toEqual({ status: 200, data: null, codes: ["PERSISTED_QUERY_NOT_FOUND"] });
    // Apollo's clients read the code, urql's the message: both as Apollo Server words them.
    expect(unknown.errors?.[0].message).toBe("PersistedQueryNotFound");
    expect(answerOf(await post(required, { documentId: `sha256:${sha256(FREE)}` })).codes).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    expect(answerOf(await post(required, { query: FREE, extensions: apq(sha256(FREE)) }))).toEqual({ status: 400, data: null, codes: ["TRUSTED_DOCUMENT_REQUIRED"] });
  });

  it("refuses, with BAD_REQUEST, an id sent with another text, two ids that disagree, or a persisted query of another version", async () => {
    const refusals = [
      { documentId: sha256(HELLO), query: FREE },
      { documentId: sha256(HELLO), extensions: apq(sha256(FREE)) },
      { query: HELLO, extensions: apq(sha256(FREE)) },
      { extensions: { persistedQuery: { version: 2, sha256Hash: sha256(HELLO) } } },
      { documentId: 42 },
    ];
    for (const gateway of [required, allowed]) {
      for (const body of refusals) expect([body, answerOf(await post(gateway, body))]).toEqual([body, { status: 400, data: null, codes: ["BAD_REQUEST"] }]);
    }
  });

  it("accepts an operation registered after it started, within a poll", async () => {
    await (await fixture.coordinator()).registerOperations("console", [
      { name: "Hello", document: HELLO },
      { name: "Later", document: LATER },
    ]);
    await waitFor(async () => (await post(required, { documentId: sha256(LATER) })).data !== undefined, "the gateway to follow the new list");
    expect(answerOf(await post(required, { documentId: sha256(LATER) }))).toEqual(RAN);
  });
});

describe("a gateway that allows free queries", () => {
  it("runs free queries and registered ids alike", async () => {
    expect(answerOf(await post(allowed, { query: FREE }))).toEqual(RAN);
    expect(answerOf(await post(allowed, { documentId: sha256(HELLO) }))).toEqual(RAN);
  });

  it("answers an unknown id with PERSISTED_QUERY_NOT_FOUND, runs the text sent after it, and never remembers it (Apollo's APQ cache is off)", async () => {
    expect(answerOf(await post(allowed, { extensions: apq(sha256(FREE)) })).codes).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    expect(answerOf(await post(allowed, { query: FREE, extensions: apq(sha256(FREE)) }))).toEqual(RAN);
    expect(answerOf(await post(allowed, { extensions: apq(sha256(FREE)) })).codes).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
  });
});

describe("following the registry's list", () => {
  it("keeps the last list while the registry is down", async () => {
    const copy = await fixture.startCopy();
    const documents = new RegistryDocuments({ registryUrl: copy.url, pollIntervalMs: 50, logger: createLogger("gateway", "silent"), requestTimeoutMs: 500 });
    stack.defer("the document follower", () => documents.stop());
    documents.start();
    await waitFor(() => documents.status().loaded, "the first list");
    expect(documents.documentFor(sha256(HELLO))).toBe(HELLO);
    await copy.close();
    await waitFor(() => documents.status().lastFailure, "a poll to fail");
    expect(documents.status()).toEqual({ loaded: true, documents: 2, lastFailure: expect.any(String) });
    expect(documents.documentFor(sha256(LATER))).toBe(LATER);
  });
});
