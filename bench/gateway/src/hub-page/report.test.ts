import { type BuildResult, renderHubPageReport } from "./report.js";

const env = { rounds: 2, durationS: 10, warmupS: 5, connections: 20, targetCpu: "1", loadCpu: "0" };
const row = (round: number, build: string, requestsPerSecond: number, hubCpuMsPerRequest: number): BuildResult => ({
  round,
  build,
  requestsPerSecond,
  p50Ms: 70,
  p99Ms: 120,
  hubCpuMsPerRequest,
  postgresCpuMsPerRequest: 0.9,
  maxRssMiB: 1200,
});

describe("the catalog page report", () => {
  it("divides each build's requests/s by the baseline's in the same round, and gives the medians", () => {
    const report = renderHubPageReport([row(1, "baseline", 100, 6), row(1, "this build", 250, 2.5), row(2, "baseline", 200, 6.2), row(2, "this build", 300, 2.7)], env);
    // Round 1: 2.50×, round 2: 1.50×; the median of two is their mean.
    expect(report).toContain("| this build | 275.0 | 2.00 (1.50–2.50) | 2.60 |");
    expect(report).toContain("| baseline | 150.0 | 1.00 (1.00–1.00) | 6.10 |");
    expect(report).toContain("| 2 | this build | 300.0 | 70 | 120 | 2.70 | 0.90 | 1200 |");
  });

  it("has no ratio table for one build alone", () => {
    const report = renderHubPageReport([row(1, "this build", 250, 2.5)], { ...env, rounds: 1 });
    expect(report).not.toContain("per round: median");
    expect(report).toContain("| 1 | this build | 250.0 |");
  });
});
