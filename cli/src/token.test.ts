import { Role, createIdentityVerifier } from "@dlhub/schema";
import { runDlhub } from "./run.js";

const secret = "a-development-secret-for-this-test-0123456789";

async function dlhub(...argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const exitCode = await runDlhub(argv, {
    stdout: { write: (text: string) => stdout.push(text) },
    stderr: { write: (text: string) => stderr.push(text) },
    env: { DLHUB_TOKEN_SECRET: secret, DLHUB_DATA_DIR: "/nonexistent" },
    cwd: process.cwd(),
  });
  return { exitCode, stdout: stdout.join(""), stderr: stderr.join("") };
}

describe("dlhub token", () => {
  it("mints a token the hub accepts, printing only the token on stdout", async () => {
    const { exitCode, stdout, stderr } = await dlhub("token", "--role", "publisher", "--department", "parks", "--subject", "ci@parks");
    expect(exitCode).toBe(0);
    expect(stderr).toContain("development only");
    const identity = await createIdentityVerifier({ secret }).verify(stdout.trim());
    expect(identity).toEqual({ subject: "ci@parks", roles: [Role.PUBLISHER], department: "parks" });
  });

  it("refuses unknown roles and department roles without a department", async () => {
    expect((await dlhub("token", "--role", "admin")).exitCode).toBe(1);
    expect((await dlhub("token", "--role", "editor")).exitCode).toBe(1);
    expect((await dlhub("token", "--role", "coordinator", "--expires", "forever")).exitCode).toBe(1);
  });
});
