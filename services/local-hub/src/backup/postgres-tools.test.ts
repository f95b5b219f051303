import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findPostgresTools, majorOf } from "./postgres-tools.js";

describe("finding pg_dump and pg_restore for a server", () => {
  const folder = mkdtempSync(join(tmpdir(), "dlhub-pg-bin-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  beforeAll(() => {
    for (const tool of ["pg_dump", "pg_restore"]) {
      writeFileSync(join(folder, tool), `#!/bin/sh\necho "${tool} (PostgreSQL) 18.4"\n`);
      chmodSync(join(folder, tool), 0o755);
    }
  });

  it("reads the major version as the tools print it", () => {
    expect(majorOf("pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)")).toBe(15);
    expect(majorOf("pg_dump (PostgreSQL) 18.4")).toBe(18);
    expect(majorOf("something else")).toBeUndefined();
  });

  it("takes DLHUB_PG_BIN's tools when they are as new as the server", async () => {
    if (process.platform === "win32") return;
    await expect(findPostgresTools(18, 18, { DLHUB_PG_BIN: folder })).resolves.toMatchObject({ pgDump: join(folder, "pg_dump"), major: 18 });
    await expect(findPostgresTools(15, 18, { DLHUB_PG_BIN: folder })).resolves.toMatchObject({ major: 18 });
  });

  it("says which version it needs and what it found when they are older than the server", async () => {
    if (process.platform === "win32") return;
    await expect(findPostgresTools(19, 19, { DLHUB_PG_BIN: folder })).rejects.toThrow(
      `PostgreSQL 19's pg_dump and pg_restore (or newer) are needed, and DL Hub found only 18 (${join(folder, "pg_dump")})`,
    );
  });
});
