import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeOrCheck } from "../sdl/drift.js";
import { REPOSITORY_ROOT } from "../federation/subgraph-list.js";
import { DOCUMENTS_WITH_TABLES, type TableName, withGeneratedTables } from "./doc-tables.js";

/**
 * `npm run docs`: rewrites the error-code tables in the README and the department guide from
 * ERROR_CODES. `doc-tables.test.ts` fails when a committed table differs from what this writes.
 */
for (const [path, tables] of Object.entries(DOCUMENTS_WITH_TABLES) as [string, readonly TableName[]][]) {
  const file = join(REPOSITORY_ROOT, path);
  writeOrCheck(file, withGeneratedTables(readFileSync(file, "utf8"), tables), false);
}
