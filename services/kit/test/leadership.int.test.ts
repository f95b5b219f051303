import { Client } from "pg";
import { type Leadership, createLogger, runWhileLeader } from "@dlhub/subgraph-kit";
import { createTestDatabase, useTestStack, waitFor } from "@dlhub/subgraph-kit/testing";

/**
 * Copies of one singleton on one database: exactly one works at a time, a lost session stops the
 * work at once, and another copy takes over when the leader goes.
 */
describe("advisory-lock leadership", () => {
  const stack = useTestStack();
  let url: string;
  let admin: Client;
  const retryMs = 200;

  /** A copy of a service: what it is doing, as its start and stop calls say. */
  const copies: { name: string; working: boolean; leadership?: Leadership }[] = [];
  const overlaps: string[] = [];
  afterEach(() => expect(overlaps).toEqual([]));
  const start = async (name: string) => {
    const copy: (typeof copies)[number] = { name, working: false };
    copies.push(copy);
    copy.leadership = await runWhileLeader({
      database: url,
      name: "test singleton",
      logger: createLogger("test", "silent"),
      retryMs,
      start: () => {
        // The heart of the matter: never two at work at once.
        if (copies.some((c) => c.working)) overlaps.push(`${name} started while ${copies.filter((c) => c.working).map((c) => c.name)} worked`);
        copy.working = true;
      },
      stop: async () => {
        copy.working = false;
      },
    });
    stack.defer(`copy ${name}`, () => copy.leadership?.stop());
    return copy;
  };
  const sessions = async () => {
    const [{ count }] = (await admin.query(`SELECT count(*)::int AS count FROM pg_stat_activity WHERE application_name = 'dlhub test singleton leadership'`)).rows;
    return count as number;
  };
  const leaderPid = async () => {
    const { rows } = await admin.query<{ pid: number }>(
      `SELECT l.pid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND a.application_name = 'dlhub test singleton leadership'`,
    );
    return rows.map((r) => r.pid);
  };

  beforeAll(async () => {
    const database = await createTestDatabase("leadership");
    stack.defer("the database", () => database.drop());
    url = database.url;
    admin = new Client({ connectionString: url });
    await admin.connect();
    stack.defer("the admin session", () => admin.end());
  });

  it("lets the first copy lead and the others wait, each serving on", async () => {
    const first = await start("first");
    const second = await start("second");
    expect([first.leadership?.leading, first.working]).toEqual([true, true]);
    expect([second.leadership?.leading, second.working]).toEqual([false, false]);
    expect(await leaderPid()).toHaveLength(1);
  });

  it("stops the work at once when the leader's session is cut, and another copy takes over", async () => {
    const [first, second] = copies;
    const [pid] = await leaderPid();
    await admin.query("SELECT pg_terminate_backend($1)", [pid]);
    await waitFor(() => !first.working, "the cut leader to stop working", { timeoutMs: 5_000, intervalMs: 10 });
    const leader = await waitFor(() => copies.find((c) => c.working), "a copy to take over", { timeoutMs: 5_000, intervalMs: 10 });
    expect(copies.filter((c) => c.working)).toEqual([leader]);
    expect([first, second]).toContain(leader);
    expect(await leaderPid()).toHaveLength(1);
  });

  it("hands the lead on when the leader stops, and stops asking", async () => {
    const leader = copies.find((c) => c.working)!;
    const other = copies.find((c) => c !== leader)!;
    await leader.leadership?.stop();
    expect(leader.working).toBe(false);
    await waitFor(() => other.working, "the other copy to take over", { timeoutMs: 5_000, intervalMs: 10 });
    expect(await leaderPid()).toHaveLength(1);
    // The stopped copy has closed its session: it no longer asks.
    expect(await sessions()).toBe(1);
    expect([leader.working, leader.leadership?.leading]).toEqual([false, false]);
  });
});
