import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { SUPERGRAPH_PATH } from "@dlhub/schema";
import { freePort } from "@dlhub/subgraph-kit";
import { errorCodes, sendHttp, useTestStack } from "@dlhub/subgraph-kit/testing";
import { startTestGateway } from "@dlhub/gateway/testing";
import { benchQueries } from "../../services/local-hub/src/bench/queries";

const SAVED_OPERATIONS = resolve(__dirname, "../../services/local-hub/operations/coordinator.graphql");

/** The operations with the page size written into them: a literal `first` multiplies their cost, a variable does not. */
const atLargestPage = (operations: string) =>
  operations
    .replace(/(first|limit): \$(first|limit)\b/g, "$1: 100")
    .replace(/\$(first|limit): Int! = \d+,?\s*/g, "")
    .replace(/,\s*\)/g, ")")
    .replace(/\(\s*\)/g, "");

/**
 * The limits are sized for the coordinator's real work: every saved operation and benchmark query
 * passes them on the committed supergraph of every department. No department runs: operations
 * are checked against the limits before any department is asked, so the only error left is that
 * the departments are unavailable.
 */
(existsSync(SAVED_OPERATIONS) ? describe : describe.skip)("the coordinator's saved operations", () => {
  const stack = useTestStack();
  let url: string;

  beforeAll(async () => {
    const sdl = readFileSync(SUPERGRAPH_PATH, "utf8");
    const nowhere = `http://127.0.0.1:${await freePort()}/graphql`;
    const subgraphUrls = Object.fromEntries([...sdl.matchAll(/@join__graph\(name: "([^"]+)"/g)].map((m) => [m[1], nowhere]));
    url = (await startTestGateway({ supergraph: { sdl }, subgraphUrls, stack })).url;
  });

  it("pass every limit, at the largest page too", async () => {
    const saved = readFileSync(SAVED_OPERATIONS, "utf8");
    const operations = [...saved.matchAll(/^query (\w+)/gm)].map((m) => m[1]);
    expect(operations.length).toBeGreaterThan(3);
    const requests: { query: string; operationName?: string }[] = [
      ...operations.flatMap((operationName) => [
        { query: saved, operationName },
        { query: atLargestPage(saved), operationName },
      ]),
      ...benchQueries.map(({ query }) => ({ query })),
    ];
    for (const request of requests) {
      const response = await sendHttp(url, { headers: { "content-type": "application/json" }, body: JSON.stringify(request) });
      const codes = errorCodes(response).filter((code) => code !== "DEPARTMENT_UNAVAILABLE");
      expect([request.operationName, codes]).toEqual([request.operationName, []]);
    }
  });
});
