import { randomBytes } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { RegistryClient, Role, mintDevelopmentToken } from "@dlhub/schema";
import { type HttpExchange, errorCodes, queryOk, sendHttp, useTestStack, waitFor } from "@dlhub/subgraph-kit/testing";
import { benchQueries, placeQueries } from "../src/bench/queries";
import { feedsCaughtUp } from "../src/bench/catch-up";
import { type GraphRequest, consoleQueries, consoleSubjects } from "./console-operations";
import { startHiveGateway } from "./hive-gateway";
import { type TestHub, startTestHub } from "./start-test-hub";

/**
 * What two gateways must agree on: the HTTP status, the data, and each error's code and path. In
 * path order: a subgraph resolves root fields concurrently and lists errors as they happen, so their
 * order differs from one request to the next, and GraphQL gives it no meaning.
 */
function answerOf(exchange: HttpExchange) {
  const errors = (exchange.errors ?? []).map((error) => ({ code: error.extensions?.code, path: error.path }));
  const key = (error: (typeof errors)[number]) => JSON.stringify([error.path ?? [], error.code]);
  return { status: exchange.status, data: exchange.data, errors: errors.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)) };
}

/**
 * Issue 12: the registry's supergraph is a standard Federation 2 supergraph that another gateway
 * can serve. Hive Gateway (npm) follows the registry's `GET /supergraph` while DL Hub's gateway
 * runs beside it; every query the coordinator has saved in the registry, every query of the
 * console with the variables its pages send, and the benchmark's queries get the same answer
 * from both, anonymously and, where the answer depends on who asks, signed in.
 */
describe("Hive Gateway over the registry's supergraph", () => {
  const stack = useTestStack();
  const forwardingSecret = randomBytes(32).toString("base64url");
  let hub: TestHub;
  let hiveUrl: string;
  let coordinator: string;

  beforeAll(async () => {
    hub = stack.add(await startTestHub({ forwardingSecret }), "the hub");
    ({ url: hiveUrl } = await startHiveGateway({ registryUrl: hub.registryUrl, tokenSecret: hub.tokenSecret, forwardingSecret, stack }));
    coordinator = await mintDevelopmentToken(hub.tokenSecret, { subject: "coordinator@phila.gov", roles: [Role.COORDINATOR] });
    // The catalog must hold every department's rows, or the two would race the sync.
    await waitFor(() => feedsCaughtUp(hub), "the catalog to hold every department's initiatives");
  });

  /** Sends `request` through both gateways and expects one answer, with data and without errors unless told. */
  async function expectSameAnswer(request: GraphRequest, options: { token?: string; errorsExpected?: boolean } = {}) {
    const send = (url: string) =>
      sendHttp(url, {
        headers: { "content-type": "application/json", ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
        body: JSON.stringify({ query: request.query, operationName: request.operationName, variables: request.variables }),
      });
    // The catalog's clocks (`lastSyncedAt`, `lastAttemptAt`) move with every sync round, 200 ms
    // here: a pair of answers that straddles one is asked again.
    let [ours, hive] = await Promise.all([send(hub.gatewayUrl), send(hiveUrl)]);
    for (let again = 0; again < 5 && !isDeepStrictEqual(answerOf(ours), answerOf(hive)); again++) [ours, hive] = await Promise.all([send(hub.gatewayUrl), send(hiveUrl)]);
    expect({ label: request.label, ...answerOf(hive) }).toEqual({ label: request.label, ...answerOf(ours) });
    if (!options.errorsExpected) expect({ label: request.label, codes: errorCodes(ours), data: ours.data != null }).toEqual({ label: request.label, codes: [], data: true });
    return ours;
  }

  it("answers every query the coordinator saved in the registry as DL Hub's gateway does", async () => {
    const saved = (await new RegistryClient(hub.registryUrl).operations()).filter((operation) => operation.client === "coordinator");
    expect(saved.length).toBeGreaterThan(3);
    for (const operation of saved) {
      await expectSameAnswer({ label: `saved ${operation.name}`, query: operation.document, operationName: operation.name, variables: {} });
    }
    // The next page too, from the cursor the first one gave.
    const page = await queryOk<{ initiatives: { pageInfo: { endCursor: string } } }>(hub.gatewayUrl, `{ initiatives(first: 5) { pageInfo { endCursor } } }`);
    const catalogPage = saved.find((operation) => operation.name === "CatalogPage")!;
    await expectSameAnswer({ label: "saved CatalogPage, page 2", query: catalogPage.document, operationName: "CatalogPage", variables: { first: 5, after: page.initiatives.pageInfo.endCursor } });
  });

  it("answers every query of the coordinator's console, with the variables its pages send", async () => {
    const requests = consoleQueries(await consoleSubjects(hub.gatewayUrl));
    expect(requests.length).toBeGreaterThan(20);
    for (const request of requests) await expectSameAnswer(request);
  });

  it("answers the benchmark's queries", async () => {
    for (const { label, query } of [...benchQueries, ...placeQueries]) await expectSameAnswer({ label: `bench ${label}`, query, variables: {} });
  });

  it("needs the forwarded identity only for what is the coordinator's: anonymous refusals match, and signed in the answers match", async () => {
    const [initiativeId] = (await consoleSubjects(hub.gatewayUrl)).initiativeIds;
    await queryOk(hub.gatewayUrl, `mutation ($input: AddCoordinatorNoteInput!) { addCoordinatorNote(input: $input) { id } }`, { input: { initiativeId, body: "Call the branch manager" } }, { token: coordinator });
    const withNotes = (label: string): GraphRequest => ({
      label,
      query: `query ($id: ID!) { initiative(id: $id) { title notes { body } } partners { name contactEmail } }`,
      variables: { id: initiativeId },
    });
    const anonymous = await expectSameAnswer(withNotes("notes and contacts, anonymous"), { errorsExpected: true });
    expect(errorCodes(anonymous)).toContain("UNAUTHENTICATED");
    const signedIn = await expectSameAnswer(withNotes("notes and contacts, the coordinator"), { token: coordinator });
    expect((signedIn.data as { initiative: { notes: { body: string }[] } }).initiative.notes).toEqual([{ body: "Call the branch manager" }]);
  });
});
