import { ConfigurationError } from "./env";
import { departmentEnv } from "./department-env";

describe("departmentEnv", () => {
  it("uses the department's own database URL when given", () => {
    const env = departmentEnv("libraries", { LIBRARIES_DATABASE_URL: "postgres://u@h/db", LIBRARIES_PORT: "0" });
    expect(env).toMatchObject({ database: { kind: "database", url: "postgres://u@h/db" }, port: 0, seed: false });
  });

  it("falls back to a database of its own on DATABASE_URL's server", () => {
    const env = departmentEnv("it", { DATABASE_URL: "postgresql://u@h:5432/postgres" });
    expect(env).toMatchObject({ database: { kind: "server" }, port: 4001 });
  });

  it("reports every problem at once", () => {
    let error: unknown;
    try {
      departmentEnv("parks", { PARKS_PORT: "99999", PARKS_DATABASE_URL: "mysql://x", LOG_LEVEL: "loud" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).problems).toHaveLength(3);
  });

  it("reads the secret forwarded identities are signed with, and refuses a short one", () => {
    const secret = "x".repeat(32);
    expect(departmentEnv("parks", { DATABASE_URL: "postgres://h/db", DLHUB_FORWARDING_SECRET: secret }).forwardingSecret).toBe(secret);
    expect(departmentEnv("parks", { DATABASE_URL: "postgres://h/db" }).forwardingSecret).toBeUndefined();
    expect(() => departmentEnv("parks", { DATABASE_URL: "postgres://h/db", DLHUB_FORWARDING_SECRET: "short" })).toThrow(/DLHUB_FORWARDING_SECRET/);
  });

  it("defaults to the port schema/subgraphs.json lists, published departments included", () => {
    expect(departmentEnv("hub", { DATABASE_URL: "postgres://h/db" }).port).toBe(4005);
    expect(departmentEnv("immigrant-affairs", { DATABASE_URL: "postgres://h/db" }).port).toBe(4007);
  });

  it("requires the port of a service the list does not name", () => {
    expect(() => departmentEnv("adult-education", { DATABASE_URL: "postgres://h/db" })).toThrow(/ADULT_EDUCATION_PORT: required/);
    expect(departmentEnv("adult-education", { DATABASE_URL: "postgres://h/db", ADULT_EDUCATION_PORT: "4010" }).port).toBe(4010);
  });

  it("requires some database", () => {
    expect(() => departmentEnv("parks", {})).toThrow(/PARKS_DATABASE_URL or DATABASE_URL/);
  });
});
