import { type AddressInfo } from "node:net";
import express, { type Request, type Response } from "express";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { Role, createIdentityVerifier, mintDevelopmentToken } from "@dlhub/schema";
import { identityClientKey, mountRateLimit } from "./protection";
import { rateLimit } from "./rate-limit";
import { trustedProxies } from "./rate-limit-settings";

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

const perMinute = (points: number) => rateLimit({ limiter: new RateLimiterMemory({ points, duration: 60 }) });

describe("rateLimit", () => {
  // The limiter reads the clock and expires its counts with timers: both are jest's here.
  beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => jest.useRealTimers());

  it("lets a burst of perMinute through, then answers 429 with when to retry", async () => {
    const limit = perMinute(60);
    for (let i = 0; i < 60; i++) expect(await call(limit)).toBe("next");
    expect(await call(limit)).toEqual({
      status: 429,
      retryAfter: "60",
      body: { errors: [{ message: "Too many requests: at most 60 a minute. Retry in 60 s.", extensions: { code: "RATE_LIMITED", retryAfterSeconds: 60 } }] },
    });
  });

  it("serves a client again once Retry-After has passed, and not before", async () => {
    const limit = perMinute(6);
    for (let i = 0; i < 6; i++) await call(limit);
    expect(await call(limit)).toMatchObject({ status: 429, retryAfter: "60" });
    jest.advanceTimersByTime(40_000);
    expect(await call(limit)).toMatchObject({ status: 429, retryAfter: "20" });
    jest.advanceTimersByTime(20_000);
    for (let i = 0; i < 6; i++) expect(await call(limit)).toBe("next");
    expect(await call(limit)).toMatchObject({ status: 429 });
  });

  it("keeps one count per bearer token, else per address", async () => {
    const limit = perMinute(1);
    expect(await call(limit, { authorization: "Bearer alice" })).toBe("next");
    expect(await call(limit, { authorization: "Bearer alice" }, "10.0.0.2")).toMatchObject({ status: 429 });
    expect(await call(limit, { authorization: "Bearer bob" })).toBe("next");
    expect(await call(limit)).toBe("next");
    expect(await call(limit)).toMatchObject({ status: 429 });
    expect(await call(limit, {}, "10.0.0.2")).toBe("next");
  });

  it("lets requests through when the limiter cannot count at all, rather than refusing everyone", async () => {
    const broken = new RateLimiterMemory({ points: 1, duration: 60 });
    broken.consume = () => Promise.reject(new Error("store away"));
    const limit = rateLimit({ limiter: broken });
    expect(await call(limit)).toBe("next");
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

describe("the address an anonymous caller is counted by", () => {
  /** A gateway's routes with only the rate limit in front: each answer says which address was counted. */
  async function serve(proxies: string | undefined) {
    const app = express();
    mountRateLimit(app, { rateLimitPerMinute: 1, trustedProxies: trustedProxies.parse(proxies) });
    app.post("/graphql", (request, response) => {
      response.json({ ip: request.ip });
    });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const post = async (forwardedFor?: string) => {
      const response = await fetch(url, { method: "POST", headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} });
      return { status: response.status, ip: response.ok ? ((await response.json()) as { ip: string }).ip : undefined };
    };
    return { post, close: () => new Promise((resolve) => server.close(resolve)) };
  }

  it("is the socket's by default: behind a balancer, every caller would share one count", async () => {
    const gateway = await serve(undefined);
    try {
      expect(await gateway.post("203.0.113.7")).toEqual({ status: 200, ip: "127.0.0.1" });
      // A forged header buys no fresh count.
      expect(await gateway.post("203.0.113.8")).toMatchObject({ status: 429 });
    } finally {
      await gateway.close();
    }
  });

  it("is the one the trusted proxies report, hop count or addresses", async () => {
    for (const proxies of ["1", "loopback", "127.0.0.1/8, 10.0.0.0/8"]) {
      const gateway = await serve(proxies);
      try {
        expect(await gateway.post("203.0.113.7")).toEqual({ status: 200, ip: "203.0.113.7" });
        expect(await gateway.post("203.0.113.8")).toEqual({ status: 200, ip: "203.0.113.8" });
        expect(await gateway.post("203.0.113.7")).toMatchObject({ status: 429 });
        // What the client itself wrote before the trusted proxy's entry is not believed.
        expect(await gateway.post("198.51.100.1, 203.0.113.8")).toMatchObject({ status: 429 });
      } finally {
        await gateway.close();
      }
    }
  });

  it("refuses settings that are neither hops nor addresses", () => {
    expect(trustedProxies.parse("")).toBeUndefined();
    expect(trustedProxies.parse("2")).toBe(2);
    expect(trustedProxies.parse("10.1.2.3, fd00::/8, uniquelocal")).toEqual(["10.1.2.3", "fd00::/8", "uniquelocal"]);
    for (const bad of ["true", "*", "10.0.0.0/33", "lb.internal", "10.0.0.1/8/2"]) expect(() => trustedProxies.parse(bad)).toThrow(/proxy hops/);
  });
});
