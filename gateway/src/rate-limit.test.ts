import { type Request, type Response } from "express";
import { Role, createIdentityVerifier, mintDevelopmentToken } from "@dlhub/schema";
import { identityClientKey } from "./protection";
import { rateLimit } from "./rate-limit";

/** Runs the middleware on a fake request; what it answered, or "next" when it let the request through. */
async function call(handler: ReturnType<typeof rateLimit>, headers: Record<string, string> = {}, ip = "10.0.0.1") {
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
  await handler({ headers, ip, socket: {} } as Request, response as unknown as Response, () => {
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

  it("lets a burst of perMinute through, then answers 429 with when to retry", async () => {
    const limit = rateLimit({ perMinute: 60, now: clock });
    for (let i = 0; i < 60; i++) expect(await call(limit)).toBe("next");
    expect(await call(limit)).toEqual({
      status: 429,
      retryAfter: "1",
      body: { errors: [{ message: "Too many requests: at most 60 a minute. Retry in 1 s.", extensions: { code: "RATE_LIMITED", retryAfterSeconds: 1 } }] },
    });
  });

  it("refills continuously", async () => {
    const limit = rateLimit({ perMinute: 6, now: clock });
    for (let i = 0; i < 6; i++) await call(limit);
    expect(await call(limit)).toMatchObject({ status: 429, retryAfter: "10" });
    now += 4_000;
    expect(await call(limit)).toMatchObject({ status: 429, retryAfter: "6" });
    now += 6_000;
    expect(await call(limit)).toBe("next");
    expect(await call(limit)).toMatchObject({ status: 429 });
  });

  it("keeps one bucket per bearer token, else per address", async () => {
    const limit = rateLimit({ perMinute: 1, now: clock });
    expect(await call(limit, { authorization: "Bearer alice" })).toBe("next");
    expect(await call(limit, { authorization: "Bearer alice" }, "10.0.0.2")).toMatchObject({ status: 429 });
    expect(await call(limit, { authorization: "Bearer bob" })).toBe("next");
    expect(await call(limit)).toBe("next");
    expect(await call(limit)).toMatchObject({ status: 429 });
    expect(await call(limit, {}, "10.0.0.2")).toBe("next");
  });
});

describe("the rate limit's client, with identities on", () => {
  const secret = "a-test-secret-that-is-long-enough-0123456789";
  const key = identityClientKey(createIdentityVerifier({ secret }));
  const request = (authorization?: string, ip = "10.0.0.9") => ({ headers: authorization ? { authorization } : {}, ip, socket: {} }) as Request;

  it("is the subject a valid token proves, whichever token and address it comes with", async () => {
    const first = await mintDevelopmentToken(secret, { subject: "ana@phila.gov", roles: [Role.COORDINATOR] });
    const second = await mintDevelopmentToken(secret, { subject: "ana@phila.gov", roles: [Role.COORDINATOR], expiresIn: "1h" });
    expect(await key(request(`Bearer ${first}`))).toBe("subject:ana@phila.gov");
    expect(await key(request(`Bearer ${second}`, "10.0.0.77"))).toBe("subject:ana@phila.gov");
  });

  it("is the address for a token that proves nothing, so random tokens share one bucket", async () => {
    expect(await key(request("Bearer random-1"))).toBe("address:10.0.0.9");
    expect(await key(request("Bearer random-2"))).toBe("address:10.0.0.9");
    expect(await key(request())).toBe("address:10.0.0.9");
  });
});
