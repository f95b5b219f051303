import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPOSITORY_ROOT } from "../federation/subgraph-list";
import { DOCUMENTS_WITH_TABLES, withGeneratedTables } from "./doc-tables";

describe("the error-code tables in the docs", () => {
  it.each(Object.entries(DOCUMENTS_WITH_TABLES))("%s holds the tables ERROR_CODES gives (run `npm run docs` when this fails)", (path, tables) => {
    const committed = readFileSync(join(REPOSITORY_ROOT, path), "utf8");
    expect(committed).toBe(withGeneratedTables(committed, tables));
  });

  it("rewrites only what lies between a table's markers", () => {
    const document = "before\n<!-- exit-codes:dlhub:start -->\n| stale |\n<!-- exit-codes:dlhub:end -->\nafter\n";
    const generated = withGeneratedTables(document, ["exit-codes:dlhub"]);
    expect(generated).toMatch(/^before\n<!-- exit-codes:dlhub:start -->\n\| exit code \| meaning \|\n\|---\|---\|\n\| 0 \| done \|\n/);
    expect(generated).toMatch(/\| 3 \| the registry could not be reached .*\|\n<!-- exit-codes:dlhub:end -->\nafter\n$/);
  });

  it("names the markers a document lacks", () => {
    expect(() => withGeneratedTables("no markers here", ["error-codes:graph"])).toThrow("no <!-- error-codes:graph:start --> … <!-- error-codes:graph:end --> markers");
  });
});
