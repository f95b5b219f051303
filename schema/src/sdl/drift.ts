import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { REPOSITORY_ROOT } from "../federation/subgraph-list.js";

/**
 * Generated files (subgraph SDL, the supergraph) are committed so reviewers see schema changes in
 * diffs. `write` regenerates one; with `--check` it only compares and reports drift instead.
 */
export function writeOrCheck(path: string, generated: string, check: boolean): boolean {
  // Named from the checkout's root inside DL Hub; a department's own repository names it from where it runs.
  const fromRoot = relative(REPOSITORY_ROOT, path);
  const name = fromRoot.startsWith("..") ? relative(process.cwd(), path) : fromRoot;
  const committed = existsSync(path) ? readFileSync(path, "utf8") : null;
  if (committed === generated) {
    console.log(`${name}: up to date`);
    return true;
  }
  if (check) {
    console.error(`${name}: differs from what the code produces; run \`npm run sdl\` and commit it`);
    return false;
  }
  writeFileSync(path, generated);
  console.log(`${name}: written`);
  return true;
}
