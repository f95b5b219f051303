/**
 * Everything a suite started — servers, databases, processes, folders — to stop with one
 * `dispose()` in afterAll. Steps run last-started first (a gateway before the departments behind
 * it, a service before its database), each one even when an earlier one failed, and again
 * nothing is left when beforeAll itself failed halfway: what started by then was registered.
 */
export class TestStack {
  private readonly steps: { what: string; stop: () => unknown }[] = [];

  /** Registers something started that stops itself; returns it, for `x = stack.add(await startX())`. */
  add<T extends { stop(): unknown }>(resource: T, what = "a test resource"): T {
    this.defer(what, () => resource.stop());
    return resource;
  }

  /** Registers one clean-up step: close a server, drop a database, remove a folder. */
  defer(what: string, stop: () => unknown): void {
    this.steps.push({ what, stop });
  }

  /** Runs every step, last registered first; throws the failures together once all have run. */
  async dispose(): Promise<void> {
    const failures: Error[] = [];
    for (let step = this.steps.pop(); step; step = this.steps.pop()) {
      try {
        await step.stop();
      } catch (error) {
        failures.push(new Error(`stopping ${step.what} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error }));
      }
    }
    if (failures.length === 1) throw failures[0];
    if (failures.length > 1) throw new AggregateError(failures, failures.map((failure) => failure.message).join("; "));
  }
}

/** A stack for the enclosing describe, disposed in its afterAll. */
export function useTestStack(): TestStack {
  const stack = new TestStack();
  afterAll(() => stack.dispose());
  return stack;
}
