import { UsageAggregator, type UsageKey } from "./aggregator";

const key = (n: number, client = "console"): UsageKey => ({ client, clientVersion: "1.0.0", operationName: `Op${n}`, operationHash: n.toString(16).padStart(64, "0") });

describe("UsageAggregator", () => {
  it("counts repeats of one operation as one entry", () => {
    const aggregator = new UsageAggregator(10);
    for (let i = 0; i < 5; i += 1) aggregator.record(key(1), ["Query.initiatives"]);
    aggregator.record(key(1, "department-site"), ["Query.initiatives"]);
    expect(aggregator.take()).toEqual({
      operations: [
        { ...key(1), coordinates: ["Query.initiatives"], count: 5 },
        { ...key(1, "department-site"), coordinates: ["Query.initiatives"], count: 1 },
      ],
      dropped: 0,
    });
    expect(aggregator.size).toBe(0);
  });

  it("never holds more than its cap of distinct entries and counts every request past it as dropped", () => {
    const aggregator = new UsageAggregator(100);
    for (let n = 0; n < 1000; n += 1) {
      aggregator.record(key(n), ["Query.initiatives"]);
      expect(aggregator.size).toBeLessThanOrEqual(100);
    }
    // Entries already held keep counting when full; only new ones are dropped.
    aggregator.record(key(0), ["Query.initiatives"]);
    const report = aggregator.take();
    expect(report.operations).toHaveLength(100);
    expect(report.dropped).toBe(900);
    expect(report.operations[0].count).toBe(2);
  });

  it("takes back an unsent report within the same cap, counts added to what came since", () => {
    const aggregator = new UsageAggregator(3);
    aggregator.record(key(1), ["Query.a"]);
    aggregator.record(key(2), ["Query.b"]);
    const unsent = aggregator.take();
    aggregator.record(key(1), ["Query.a"]);
    aggregator.record(key(3), ["Query.c"]);
    aggregator.record(key(4), ["Query.d"]);
    aggregator.restore(unsent);
    const report = aggregator.take();
    expect(report.operations.map(({ operationName, count }) => [operationName, count])).toEqual([
      ["Op1", 2],
      ["Op3", 1],
      ["Op4", 1],
    ]);
    // Op2 came back to a full aggregator.
    expect(report.dropped).toBe(1);
  });

  it("refuses a cap that is not a positive whole number", () => {
    expect(() => new UsageAggregator(0)).toThrow("maxEntries must be a positive whole number, got 0");
  });
});
