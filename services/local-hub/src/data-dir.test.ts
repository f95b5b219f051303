import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { moveLegacyData, prepareDataDirectory } from "./data-dir.js";

describe("moving an older hub's data out of the OS temp folder", () => {
  const roots: string[] = [];
  const root = (under = tmpdir()) => {
    const folder = mkdtempSync(join(under, "dlhub-move-"));
    roots.push(folder);
    return folder;
  };
  afterAll(() => roots.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

  const oldFolder = (under?: string) => {
    const legacy = join(root(under), "dlhub-0123456789ab");
    mkdirSync(join(legacy, "postgres"), { recursive: true });
    writeFileSync(join(legacy, "development-token-secret"), "secret", { mode: 0o600 });
    writeFileSync(join(legacy, "postgres", "PG_VERSION"), "18\n");
    return legacy;
  };

  it("moves everything once, saying from where to where", () => {
    const legacy = oldFolder();
    const dataDir = join(root(), "share", "dlhub", "main-0123456789ab");
    expect(moveLegacyData(dataDir, legacy)).toBe(`Moved DL Hub's data from ${legacy} to ${dataDir} (the OS temp folder may be emptied on reboot).`);
    expect(existsSync(legacy)).toBe(false);
    expect(readFileSync(join(dataDir, "development-token-secret"), "utf8")).toBe("secret");
    expect(statSync(join(dataDir, "development-token-secret")).mode & 0o777).toBe(0o600);
    expect(moveLegacyData(dataDir, legacy)).toBeUndefined();
  });

  it("copies across file systems (a tmpfs temp folder), keeping each file's mode", () => {
    if (!existsSync("/dev/shm")) return;
    const legacy = oldFolder("/dev/shm");
    const dataDir = join(root(), "main-0123456789ab");
    expect(moveLegacyData(dataDir, legacy)).toContain("Moved DL Hub's data");
    expect(existsSync(legacy)).toBe(false);
    expect(readFileSync(join(dataDir, "postgres", "PG_VERSION"), "utf8")).toBe("18\n");
    expect(statSync(join(dataDir, "development-token-secret")).mode & 0o777).toBe(0o600);
  });

  it("leaves the old folder when the data folder already holds data", () => {
    const legacy = oldFolder();
    const dataDir = root();
    writeFileSync(join(dataDir, "server.json"), "{}");
    expect(moveLegacyData(dataDir, legacy)).toMatch(/^Left the old data in .* already holds data/);
    expect(existsSync(legacy)).toBe(true);
  });

  it("refuses while a hub still runs from the old folder", () => {
    const legacy = oldFolder();
    writeFileSync(join(legacy, "postgres", "postmaster.pid"), `${process.pid}\n/x\n`);
    const dataDir = join(root(), "main-0123456789ab");
    expect(() => moveLegacyData(dataDir, legacy)).toThrow(`A hub still runs from ${legacy}: stop it (Ctrl-C)`);
    expect(existsSync(legacy)).toBe(true);
    expect(existsSync(dataDir)).toBe(false);
  });

  it("makes the data folder, which root's postgres user may pass through", () => {
    const dataDir = join(root(), "a", "b");
    prepareDataDirectory(dataDir);
    expect(statSync(dataDir).isDirectory()).toBe(true);
    if (process.getuid?.() === 0) expect(statSync(join(dataDir, "..")).mode & 0o001).toBe(0o001);
  });
});
