import { retryDelayMs } from "./backoff";

describe("retryDelayMs", () => {
  it("doubles from the base, with up to half of each delay random", () => {
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, 1000, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(attempt, 1000, () => 1))).toEqual([1000, 2000, 4000, 8000]);
  });

  it("never waits more than an hour", () => {
    expect(retryDelayMs(40, 30_000, () => 1)).toBe(3_600_000);
  });
});
