import { type Request, type Response } from "express";
import { rateLimit } from "./rate-limit";

/** Runs the middleware on a fake request; what it answered, or "next" when it let the request through. */
function call(handler: ReturnType<typeof rateLimit>, headers: Record<string, string> = {}, ip = "10.0.0.1") {
  let answer: { status?: number; retryAfter?: string; body?: any } | "next" = {};
  const response = {
    status(code: number) {
      (answer as { status?: number }).status = code;
      return response;
    },
    set(_name: string, value: string) {
      (answer as { retryAfter?: string }).retryAfter = value;
      return response;
    },
    json(body: unknown) {
      (answer as { body?: unknown }).body = body;
      return response;
    },
  };
  handler({ headers, ip, socket: {} } as Request, response as unknown as Response, () => {
    answer = "next";
  });
  return answer;
}

describe("rateLimit", () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => {
    now = 1_000_000;
  });

  it("lets a burst of perMinute through, then answers 429 with when to retry", () => {
    const limit = rateLimit({ perMinute: 60, now: clock });
    for (let i = 0; i < 60; i++) expect(call(limit)).toBe("next");
    expect(call(limit)).toEqual({
      status: 429,
      retryAfter: "1",
      body: { errors: [{ message: "Too many requests: at most 60 a minute. Retry in 1 s.", extensions: { code: "RATE_LIMITED", retryAfterSeconds: 1 } }] },
    });
  });

  it("refills continuously", () => {
    const limit = rateLimit({ perMinute: 6, now: clock });
    for (let i = 0; i < 6; i++) call(limit);
    expect(call(limit)).toMatchObject({ status: 429, retryAfter: "10" });
    now += 4_000;
    expect(call(limit)).toMatchObject({ status: 429, retryAfter: "6" });
    now += 6_000;
    expect(call(limit)).toBe("next");
    expect(call(limit)).toMatchObject({ status: 429 });
  });

  it("keeps one bucket per bearer token, else per address", () => {
    const limit = rateLimit({ perMinute: 1, now: clock });
    expect(call(limit, { authorization: "Bearer alice" })).toBe("next");
    expect(call(limit, { authorization: "Bearer alice" }, "10.0.0.2")).toMatchObject({ status: 429 });
    expect(call(limit, { authorization: "Bearer bob" })).toBe("next");
    expect(call(limit)).toBe("next");
    expect(call(limit)).toMatchObject({ status: 429 });
    expect(call(limit, {}, "10.0.0.2")).toBe("next");
  });
});
