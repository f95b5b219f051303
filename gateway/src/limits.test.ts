import { ApolloServerErrorCode } from "@apollo/server/errors";
import { GraphQLError, parse } from "graphql";
import { labelLimitErrors } from "./limits";

describe("labelLimitErrors", () => {
  it("recognises graphql-js's token limit, whose wording it relies on", () => {
    let thrown: unknown;
    try {
      parse("{ a b c d }", { maxLexicalTokens: 3 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GraphQLError);
    const message = (thrown as GraphQLError).message;
    expect(labelLimitErrors({ message, extensions: { code: ApolloServerErrorCode.GRAPHQL_PARSE_FAILED } }, thrown)).toEqual({
      message: "The document has more than 3 tokens.",
      extensions: { code: "QUERY_LIMIT_EXCEEDED", limit: "tokens", max: 3 },
    });
  });

  it("leaves other errors as they are", () => {
    const formatted = { message: "Syntax Error: Unexpected Name", extensions: { code: ApolloServerErrorCode.GRAPHQL_PARSE_FAILED } };
    expect(labelLimitErrors(formatted, new GraphQLError(formatted.message))).toBe(formatted);
    const invalid = { message: "Cannot query field", extensions: { code: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED } };
    expect(labelLimitErrors(invalid, new GraphQLError(invalid.message))).toBe(invalid);
  });
});
