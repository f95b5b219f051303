import { sharedBuffersFor } from "./embedded-postgres.js";

describe("the embedded server's shared buffers", () => {
  const GB = 2 ** 30;

  it("takes an eighth of the machine's memory", () => {
    expect(sharedBuffersFor(4 * GB)).toBe(512);
  });

  it("never less than PostgreSQL's default nor more than 1 GB", () => {
    expect(sharedBuffersFor(0.5 * GB)).toBe(128);
    expect(sharedBuffersFor(24 * GB)).toBe(1024);
  });
});
