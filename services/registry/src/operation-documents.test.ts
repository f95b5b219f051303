import { assertOperationDocuments } from "./operation-documents.js";
import { ClientError } from "@dlhub/schema";

const refusal = (operations: { name: string; document: string }[]) => {
  try {
    assertOperationDocuments("dashboard", operations);
  } catch (error) {
    expect(error).toBeInstanceOf(ClientError);
    return error as ClientError;
  }
  throw new Error("expected a refusal");
};

describe("assertOperationDocuments", () => {
  it("accepts named operations with fragments", () => {
    expect(() =>
      assertOperationDocuments("dashboard", [{ name: "Labs", document: "query Labs { labs { ...L } } fragment L on Lab { name }" }]),
    ).not.toThrow();
  });

  it("lists every problem at once, each naming the operation", () => {
    const error = refusal([
      { name: "Broken", document: "query Broken {" },
      { name: "Anonymous", document: "{ labs { name } }" },
      { name: "OnlyFragment", document: "fragment L on Lab { name }" },
      { name: "Schema", document: "query Schema { a } type Lab { name: String }" },
      { name: "Anonymous", document: "query Again { labs { name } }" },
    ]);
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain('operation "Broken" of client dashboard does not parse');
    expect(error.message).toContain('operation "Anonymous" of client dashboard contains an anonymous operation');
    expect(error.message).toContain('operation "OnlyFragment" of client dashboard contains no query');
    expect(error.message).toContain('operation "Schema" of client dashboard contains type definitions');
    expect(error.message).toContain('operation "Anonymous" of client dashboard is listed twice');
  });
});
