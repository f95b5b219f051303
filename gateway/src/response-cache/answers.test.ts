import { ServiceMetrics } from "@dlhub/subgraph-kit";
import { buildSchema } from "graphql";
import { Answers } from "./answers";

const schema = buildSchema(`type Query { a: Int }`);
const answer = (n: number, bytes = 100) => ({ data: { a: n, pad: "x".repeat(bytes) } });

async function sample(metrics: ServiceMetrics, name: string): Promise<number> {
  const metric = (await metrics.registry.getMetricsAsJSON()).find((m) => m.name === name);
  return (metric?.values ?? []).reduce((sum, value) => sum + Number(value.value), 0);
}

describe("kept answers", () => {
  it("stay within their memory, the least recently used going first, and count evictions", async () => {
    const metrics = new ServiceMetrics("gateway");
    const answers = new Answers<object>(1000, 60_000, metrics);
    for (let i = 0; i < 20; i += 1) answers.set(`k${i}`, schema, answer(i), ["parks"]);
    expect(answers.bytes).toBeLessThanOrEqual(1000);
    expect(answers.get("k0", schema)).toBeUndefined();
    expect(answers.get("k19", schema)).toEqual(answer(19));
    expect(await sample(metrics, "dlhub_gateway_response_cache_evictions_total")).toBeGreaterThan(0);
    expect(await sample(metrics, "dlhub_gateway_response_cache_bytes")).toBe(answers.bytes);
  });

  it("keeps nothing bigger than the whole cache", () => {
    const answers = new Answers<object>(500, 60_000);
    answers.set("big", schema, answer(1, 1000), ["parks"]);
    expect(answers.get("big", schema)).toBeUndefined();
  });

  it("drop exactly the answers that read a subgraph", () => {
    const answers = new Answers<object>(100_000, 60_000);
    answers.set("parks", schema, answer(1), ["parks"]);
    answers.set("both", schema, answer(2), ["parks", "hub"]);
    answers.set("hub", schema, answer(3), ["hub"]);
    answers.dropUsing("parks");
    expect([answers.get("parks", schema), answers.get("both", schema), answers.get("hub", schema)]).toEqual([undefined, undefined, answer(3)]);
  });

  it("are never given for a request validated against another supergraph", () => {
    const answers = new Answers<object>(100_000, 60_000);
    answers.set("k", schema, answer(1), ["hub"]);
    expect(answers.get("k", buildSchema(`type Query { a: Int }`))).toBeUndefined();
  });

  it("are kept no longer than their maximum age", async () => {
    const answers = new Answers<object>(100_000, 30);
    answers.set("k", schema, answer(1), ["hub"]);
    expect(answers.get("k", schema)).toEqual(answer(1));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(answers.get("k", schema)).toBeUndefined();
  });
});
