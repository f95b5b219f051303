import { ConfigurationError } from "./env";
import { departmentEnv } from "./department-env";

describe("departmentEnv", () => {
  it("uses the department's own database URL when given", () => {
    const env = departmentEnv("libraries", 4002, { LIBRARIES_DATABASE_URL: "postgres://u@h/db", LIBRARIES_PORT: "0" });
    expect(env).toMatchObject({ database: { kind: "database", url: "postgres://u@h/db" }, port: 0, seed: false });
  });

  it("falls back to a database of its own on DATABASE_URL's server", () => {
    const env = departmentEnv("it", 4001, { DATABASE_URL: "postgresql://u@h:5432/postgres" });
    expect(env).toMatchObject({ database: { kind: "server" }, port: 4001 });
  });

  it("reports every problem at once", () => {
    let error: unknown;
    try {
      departmentEnv("parks", 4004, { PARKS_PORT: "99999", PARKS_DATABASE_URL: "mysql://x", LOG_LEVEL: "loud" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as ConfigurationError).problems).toHaveLength(3);
  });

  it("reads the secret forwarded identities are signed with, and refuses a short one", () => {
    const secret = "x".repeat(32);
    expect(departmentEnv("parks", 4004, { DATABASE_URL: "postgres://h/db", DLHUB_FORWARDING_SECRET: secret }).forwardingSecret).toBe(secret);
    expect(departmentEnv("parks", 4004, { DATABASE_URL: "postgres://h/db" }).forwardingSecret).toBeUndefined();
    expect(() => departmentEnv("parks", 4004, { DATABASE_URL: "postgres://h/db", DLHUB_FORWARDING_SECRET: "short" })).toThrow(/DLHUB_FORWARDING_SECRET/);
  });

  it("requires some database", () => {
    expect(() => departmentEnv("parks", 4004, {})).toThrow(/PARKS_DATABASE_URL or DATABASE_URL/);
  });
});
