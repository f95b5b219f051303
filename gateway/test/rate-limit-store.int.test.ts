import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createLogger, databaseUrl, dropDatabase, freePort } from "@dlhub/subgraph-kit";
import { createTestDatabase, testServerUrl, uniqueName, useTestStack, waitFor } from "@dlhub/subgraph-kit/testing";
import { RateLimiterRes } from "rate-limiter-flexible";
import { type RateLimitStore, type RateLimitStoreSettings, openRateLimitStore } from "../src/rate-limit-store";

const logger = createLogger("gateway", "silent");

/** What each request of a client gets, asking each copy of the gateway in turn: "ok" or the seconds to wait. */
async function askInTurn(copies: RateLimitStore[], key: string, requests: number): Promise<(string | number)[]> {
  const answers: (string | number)[] = [];
  for (let i = 0; i < requests; i++) {
    answers.push(
      await copies[i % copies.length].limiter.consume(key).then(
        () => "ok",
        (refusal: unknown) => {
          if (refusal instanceof RateLimiterRes) return Math.ceil(refusal.msBeforeNext / 1000);
          throw refusal;
        },
      ),
    );
  }
  return answers;
}

/** Two gateway copies opening the same store: together they allow the limit once. */
function describeSharedStore(settings: () => RateLimitStoreSettings, stack: ReturnType<typeof useTestStack>) {
  it("lets two copies together allow the limit once, the next request refused by either", async () => {
    const copies = [await openRateLimitStore(settings(), 5, logger), await openRateLimitStore(settings(), 5, logger)];
    for (const copy of copies) stack.defer("a copy's store", () => copy.close());
    const answers = await askInTurn(copies, "subject:ana@phila.gov", 7);
    expect(answers.slice(0, 5)).toEqual(Array(5).fill("ok"));
    for (const wait of answers.slice(5)) expect(wait).toEqual(expect.any(Number));
    // Another client has counts of its own.
    expect(await askInTurn(copies, "subject:ben@phila.gov", 1)).toEqual(["ok"]);
  });
}

describe("the rate limit counted in PostgreSQL", () => {
  const stack = useTestStack();
  let url: string;

  beforeAll(async () => {
    const database = await createTestDatabase("gateway_rate_limit");
    stack.defer("the database", () => database.drop());
    url = database.url;
  });

  describeSharedStore(() => ({ kind: "postgres", url, createDatabase: false }), stack);

  it("makes the gateway's database on the DATABASE_URL server when it is missing", async () => {
    const name = uniqueName("gateway");
    stack.defer("the made database", () => dropDatabase(testServerUrl(), name));
    const store = await openRateLimitStore({ kind: "postgres", url: databaseUrl(testServerUrl(), name), createDatabase: true }, 1, logger);
    stack.defer("its store", () => store.close());
    expect(await askInTurn([store], "address:10.0.0.1", 2)).toEqual(["ok", expect.any(Number)]);
  });

  it("opens in every copy when many start together on a database without the table", async () => {
    // Copies racing to create one table get "already exists" from PostgreSQL despite IF NOT EXISTS;
    // each round is a new database, so every round races afresh.
    for (let round = 0; round < 5; round++) {
      const database = await createTestDatabase("gateway_rate_limit_race");
      stack.defer("a race's database", () => database.drop());
      const copies = await Promise.all(Array.from({ length: 8 }, () => openRateLimitStore({ kind: "postgres", url: database.url, createDatabase: false }, 3, logger)));
      for (const copy of copies) stack.defer("a racing copy's store", () => copy.close());
      expect(await askInTurn(copies, "address:10.0.0.3", 4)).toEqual(["ok", "ok", "ok", expect.any(Number)]);
    }
  });

  it("counts in each copy's memory while the database is away, rather than failing requests", async () => {
    const store = await openRateLimitStore({ kind: "postgres", url, createDatabase: false }, 2, logger);
    await store.close();
    expect(await askInTurn([store], "address:10.0.0.2", 3)).toEqual(["ok", "ok", expect.any(Number)]);
  });
});

// CI machines have redis-server, so there a missing one fails the suite; a laptop without it skips, saying why.
const redisServer = spawnSync("redis-server", ["--version"]).status === 0;
if (!redisServer && process.env.CI !== "true") console.warn("skipping the Redis rate-limit suite: redis-server is not on the PATH");

(redisServer || process.env.CI === "true" ? describe : describe.skip)("the rate limit counted in Redis (redis-server on the PATH)", () => {
  const stack = useTestStack();
  let url: string;

  beforeAll(async () => {
    const port = await freePort();
    const redis: ChildProcess = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "pipe" });
    let output = "";
    redis.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    stack.defer("redis-server", () => new Promise<void>((resolve) => (redis.exitCode !== null ? resolve() : (redis.once("exit", () => resolve()), redis.kill("SIGTERM")))));
    await waitFor(() => output.includes("Ready to accept connections"), "redis-server to start", { timeoutMs: 10_000 });
    url = `redis://127.0.0.1:${port}`;
  });

  describeSharedStore(() => ({ kind: "redis", url }), stack);
});

describe("the rate limit counted in memory", () => {
  it("is this process's alone, and says so", async () => {
    const warnings: string[] = [];
    const listening = createLogger("gateway", "warn");
    listening.warn = ((message: string) => warnings.push(message)) as typeof listening.warn;
    const copies = [await openRateLimitStore({ kind: "memory" }, 1, listening), await openRateLimitStore({ kind: "memory" }, 1, listening)];
    expect(await askInTurn(copies, "address:10.0.0.3", 2)).toEqual(["ok", "ok"]);
    expect(warnings).toEqual(Array(2).fill(expect.stringContaining("each copy of the gateway allows the whole limit")));
  });
});
