import { existsSync } from "node:fs";

/**
 * `describe` for a suite that reads the City's files in ../shared/data. Without them a laptop
 * skips it, saying why; under CI=true, where they are always laid out, their absence fails the
 * suite, because a silent skip there would prove nothing.
 */
export function describeWithCityData(path: string): (name: string, suite: () => void) => void {
  if (existsSync(path)) return describe;
  if (process.env.CI === "true") {
    return (name, _suite) =>
      describe(name, () => {
        it("needs the City's files", () => {
          throw new Error(`CI=true and ${path} is missing: this suite must run on the City's files`);
        });
      });
  }
  return (name, suite) => {
    console.warn(`skipping "${name}": ${path} is missing`);
    describe.skip(name, suite);
  };
}
