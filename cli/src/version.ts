import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The CLI's own package version, for `dlhub --version` and for the packages a new standalone
 * department depends on. Read from package.json next to dist/ (or src/ under jest): the one place
 * a release sets it.
 */
export function cliVersion(): string {
  const manifest = JSON.parse(readFileSync(join(__dirname, "..", "package.json"), "utf8")) as { version: string };
  return manifest.version;
}
