import { percentile, runSequential, summarize } from "./measure.js";

describe("percentile (nearest rank)", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it("picks the sample at rank ceil(p × n)", () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 90)).toBe(90);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([10, 20, 30, 40], 50)).toBe(20);
    expect(percentile([10, 20, 30, 40], 51)).toBe(30);
  });

  it("returns the smallest sample for p = 0 and a lone sample for every p", () => {
    expect(percentile(hundred, 0)).toBe(1);
    expect(percentile([7], 0)).toBe(7);
    expect(percentile([7], 99)).toBe(7);
  });

  it("with 300 samples leaves the 3 slowest above p99, and is exact where floating point is not", () => {
    const samples = Array.from({ length: 300 }, (_, i) => i + 1);
    expect(percentile(samples, 99)).toBe(297);
    expect(percentile(hundred, 7)).toBe(7);
  });

  it("refuses no samples and out-of-range percentiles", () => {
    expect(() => percentile([], 50)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });
});

describe("summarize", () => {
  it("sorts the samples itself and counts requests per second over the elapsed time", () => {
    const summary = summarize([5, 1, 4, 2, 3], 2000);
    expect(summary).toEqual({ requests: 5, minMs: 1, medianMs: 3, p90Ms: 5, p99Ms: 5, maxMs: 5, perSecond: 2.5 });
  });
});

describe("runSequential", () => {
  it("stops at the request count and records the counter's growth per request", async () => {
    let statements = 0;
    const run = await runSequential(async () => {
      statements += 3;
    }, { requests: 4, maxMs: 10_000 }, () => statements);
    expect(run.latenciesMs).toHaveLength(4);
    expect(run.counts).toEqual([3, 3, 3, 3]);
  });

  it("stops at the time limit", async () => {
    const run = await runSequential(() => new Promise((resolve) => setTimeout(resolve, 20)), { requests: 1000, maxMs: 100 });
    expect(run.latenciesMs.length).toBeGreaterThan(0);
    expect(run.latenciesMs.length).toBeLessThan(10);
  });
});
