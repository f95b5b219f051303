import { InFlight } from "./in-flight";

/** A promise the test settles when it chooses. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

describe("InFlight", () => {
  it("gives a second caller of the same key the running work, and other keys their own", async () => {
    const inFlight = new InFlight<string>();
    const work = deferred<string>();
    const starts: string[] = [];
    const start = (name: string, promise: Promise<string>) => () => (starts.push(name), promise);
    const first = inFlight.run("a", start("first", work.promise));
    const second = inFlight.run("a", start("second", Promise.resolve("unused")));
    const other = inFlight.run("b", start("other", Promise.resolve("b's own")));
    expect([first.shared, second.shared, other.shared]).toEqual([false, true, false]);
    expect(starts).toEqual(["first", "other"]);
    work.resolve("answer");
    expect(await Promise.all([first.result, second.result, other.result])).toEqual(["answer", "answer", "b's own"]);
  });

  it("forgets work once it settles, so the next caller starts afresh", async () => {
    const inFlight = new InFlight<number>();
    await inFlight.run("a", async () => 1).result;
    expect(inFlight.size).toBe(0);
    const again = inFlight.run("a", async () => 2);
    expect(again.shared).toBe(false);
    expect(await again.result).toBe(2);
  });

  it("delivers a failure to every caller sharing the work, then forgets it", async () => {
    const inFlight = new InFlight<number>();
    const work = deferred<number>();
    const callers = [inFlight.run("a", () => work.promise), inFlight.run("a", () => work.promise)];
    const failure = new Error("the subgraph is down");
    work.reject(failure);
    for (const caller of callers) await expect(caller.result).rejects.toBe(failure);
    expect(inFlight.size).toBe(0);
  });

  it("fails only the caller whose work throws before returning a promise", async () => {
    const inFlight = new InFlight<number>();
    const thrown = inFlight.run("a", () => {
      throw new Error("bad");
    });
    await expect(thrown.result).rejects.toThrow("bad");
    expect(inFlight.size).toBe(0);
    expect(inFlight.run("a", async () => 3).shared).toBe(false);
  });
});
