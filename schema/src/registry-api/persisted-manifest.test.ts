import { createHash } from "node:crypto";
import { ManifestError, operationsFromManifest } from "./persisted-manifest";

const id = (text: string) => `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`;
const LABS = "query Labs { __typename recreationCenters { __typename name } }";
const NOTE = "mutation AddNote($input: AddCoordinatorNoteInput!) { addCoordinatorNote(input: $input) { id } } fragment Unused on Query { __typename }";

describe("operationsFromManifest", () => {
  it("names each document by its operation and keeps its text exactly, so the registry's id is the client's", () => {
    expect(operationsFromManifest({ [id(LABS)]: LABS, [id(NOTE).replace("sha256:", "")]: NOTE })).toEqual([
      { name: "Labs", document: LABS },
      { name: "AddNote", document: NOTE },
    ]);
  });

  it("refuses, listing every problem, ids that are not their text's hash, documents without one named operation, and repeated names", () => {
    const anonymous = "{ __typename }";
    const twice = "query Labs { __typename }";
    const call = () => operationsFromManifest({ [id(LABS)]: LABS, "sha256:0000": LABS.replace("Labs", "Other"), [id(anonymous)]: anonymous, [id(twice)]: twice, [id("x")]: 7 });
    expect(call).toThrow(ManifestError);
    expect(call).toThrow(/sha256:0000: is not the sha256 of its document.*must hold exactly one named operation.*a second operation named Labs.*the document must be a string/);
  });

  it("refuses what is not a manifest at all", () => {
    for (const manifest of [null, [], "query A { b }"]) expect(() => operationsFromManifest(manifest)).toThrow(/JSON object of "sha256:<hex>"/);
  });
});
