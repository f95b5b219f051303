import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { operationsInFile } from "./operations-register";

describe("operationsInFile", () => {
  const folder = mkdtempSync(join(tmpdir(), "dlhub-operations-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    writeFileSync(join(folder, name), text);
    return join(folder, name);
  };

  it("gives each named operation its own document with only the fragments it uses, directly or not", () => {
    const path = file(
      "dashboard.graphql",
      `query Labs { parksInitiatives { nodes { ...Initiative computerLabs { ...Lab } } } }
       query Titles { parksInitiatives { nodes { title } } }
       fragment Initiative on ParksInitiative { title ...Dates }
       fragment Dates on ParksInitiative { startDate }
       fragment Lab on ComputerLab { name }`,
    );
    const operations = operationsInFile(path, "dashboard.graphql");
    expect(operations.map((o) => o.name)).toEqual(["Labs", "Titles"]);
    const [labs, titles] = operations;
    for (const fragment of ["fragment Initiative", "fragment Dates", "fragment Lab"]) expect(labs?.document).toContain(fragment);
    expect(titles?.document).not.toContain("fragment");
  });

  it("refuses an anonymous operation, an undefined fragment and a file that does not parse", () => {
    expect(() => operationsInFile(file("anonymous.graphql", "{ parksInitiatives { totalCount } }"), "anonymous.graphql")).toThrow("name every operation");
    expect(() => operationsInFile(file("fragment.graphql", "query A { x { ...Missing } }"), "fragment.graphql")).toThrow("fragment Missing is used but not defined");
    expect(() => operationsInFile(file("broken.graphql", "query A {"), "broken.graphql")).toThrow(/^broken\.graphql does not parse: /);
    expect(() => operationsInFile(join(folder, "none.graphql"), "none.graphql")).toThrow("cannot read none.graphql: no such file.");
  });
});
