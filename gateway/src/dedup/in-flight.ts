/**
 * Work in progress by key: a second caller asking for work already running gets the running
 * work's promise instead of starting it again. An entry lives exactly as long as its work: once
 * the work settles (answered or failed) the next caller starts afresh, so nothing here is ever
 * older than one piece of work; caching answers is a different matter with different rules.
 */
export class InFlight<T> {
  private readonly running = new Map<string, Promise<T>>();

  /** `start()`'s promise, or the promise of the same key's work still running (then `shared`). */
  run(key: string, start: () => Promise<T>): { result: Promise<T>; shared: boolean } {
    const running = this.running.get(key);
    if (running) return { result: running, shared: true };
    let started: Promise<T>;
    try {
      started = start();
    } catch (error) {
      // Failing before it returns a promise fails this caller only: nothing was running to share.
      return { result: Promise.reject(error), shared: false };
    }
    const result = started.finally(() => {
      if (this.running.get(key) === result) this.running.delete(key);
    });
    this.running.set(key, result);
    return { result, shared: false };
  }

  /** How many pieces of work are running. */
  get size(): number {
    return this.running.size;
  }
}
