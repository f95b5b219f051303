import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { operationsInFile, operationsInManifest } from "./operations-register";

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

describe("operationsInManifest", () => {
  const folder = mkdtempSync(join(tmpdir(), "dlhub-manifest-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const LABS = "query Labs { __typename }";
  const labsId = `sha256:${createHash("sha256").update(LABS).digest("hex")}`;

  it("reads codegen's persisted-documents.json, one operation per document, text unchanged", () => {
    writeFileSync(join(folder, "persisted-documents.json"), JSON.stringify({ [labsId]: LABS }));
    expect(operationsInManifest(join(folder, "persisted-documents.json"), "persisted-documents.json")).toEqual([{ name: "Labs", document: LABS, file: "persisted-documents.json" }]);
  });

  it("refuses a missing file, a file that is not JSON and a manifest whose ids are not its documents' hashes, as input errors", () => {
    writeFileSync(join(folder, "broken.json"), "{");
    writeFileSync(join(folder, "tampered.json"), JSON.stringify({ [labsId]: LABS.replace("Labs", "Other") }));
    expect(() => operationsInManifest(join(folder, "none.json"), "none.json")).toThrow("cannot read none.json: no such file.");
    expect(() => operationsInManifest(join(folder, "broken.json"), "broken.json")).toThrow(/^broken\.json is not a usable persisted-documents manifest: /);
    expect(() => operationsInManifest(join(folder, "tampered.json"), "tampered.json")).toThrow(/is not the sha256 of its document/);
  });
});
