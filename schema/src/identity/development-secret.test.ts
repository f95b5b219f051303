import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { legacyDataDirectory, localDataDirectory } from "./development-secret.js";

const linux = { platform: "linux" as const, root: false };
const checkout = /^[\w.-]+-[0-9a-f]{12}$/;

describe("the local hub's data folder", () => {
  it("is DLHUB_DATA_DIR when set", () => {
    expect(localDataDirectory({ DLHUB_DATA_DIR: "/srv/dlhub", HOME: "/home/ana" }, linux)).toBe("/srv/dlhub");
  });

  it("is in the user's data directory, which survives reboots, one folder per checkout", () => {
    const folder = localDataDirectory({ HOME: "/home/ana" }, linux);
    expect(folder.startsWith("/home/ana/.local/share/dlhub/")).toBe(true);
    expect(basename(folder)).toMatch(checkout);
    expect(localDataDirectory({ HOME: "/home/ana", XDG_DATA_HOME: "/data/ana" }, linux).startsWith("/data/ana/dlhub/")).toBe(true);
    expect(localDataDirectory({ HOME: "/Users/ana" }, { platform: "darwin", root: false }).startsWith("/Users/ana/Library/Application Support/dlhub/")).toBe(true);
    expect(localDataDirectory({ HOME: "C:/Users/ana", LOCALAPPDATA: "C:/Users/ana/AppData/Local" }, { platform: "win32", root: false })).toContain("dlhub");
  });

  it("is under /var/lib for root, whose home the postgres OS user cannot enter", () => {
    expect(localDataDirectory({ HOME: "/root" }, { platform: "linux", root: true }).startsWith("/var/lib/dlhub/")).toBe(true);
  });

  it("was under the OS temp folder before, where the move looks for it", () => {
    expect(dirname(legacyDataDirectory())).toBe(tmpdir());
    expect(basename(legacyDataDirectory())).toMatch(/^dlhub-[0-9a-f]{12}$/);
    expect(legacyDataDirectory("/dev/shm")).toBe(join("/dev/shm", basename(legacyDataDirectory())));
  });
});
