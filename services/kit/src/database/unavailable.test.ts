import { GraphQLError } from "graphql";
import { isDatabaseUnavailable } from "./unavailable";

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["a refused connection", withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED")],
    ["a server shutting down", withCode("terminating connection due to administrator command", "57P01")],
    ["a server starting up", withCode("the database system is starting up", "57P03")],
    ["a connection exception", withCode("connection failure", "08006")],
    ["too many connections", withCode("sorry, too many clients already", "53300")],
    ["a dropped connection", new Error("Connection terminated unexpectedly")],
    ["a pool that could not connect in time", new Error("timeout exceeded when trying to connect")],
  ])("recognises %s, however wrapped", (_label, cause) => {
    expect(isDatabaseUnavailable(cause)).toBe(true);
    const queryFailed = Object.assign(new Error(cause.message), { driverError: cause });
    expect(isDatabaseUnavailable(new GraphQLError("x", { originalError: queryFailed }))).toBe(true);
    // graphql-js wraps what it does not recognise as an Error (one from another realm).
    expect(isDatabaseUnavailable(new GraphQLError("x", { originalError: Object.assign(new Error("x"), { thrownValue: { ...cause, message: cause.message } }) }))).toBe(true);
  });

  it.each([
    ["a missing table", withCode('relation "hot_spot_lab" does not exist', "42P01")],
    ["a unique violation", withCode("duplicate key value violates unique constraint", "23505")],
    ["a bug", new TypeError("Cannot read properties of undefined")],
    ["not an error at all", "boom"],
  ])("leaves %s alone", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
