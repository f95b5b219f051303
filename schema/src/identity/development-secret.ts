import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { basename, join } from "node:path";
import { REPOSITORY_ROOT } from "../federation/subgraph-list.js";

const checkoutHash = () => createHash("sha256").update(REPOSITORY_ROOT).digest("hex").slice(0, 12);

/** The machine the data folder is for; tests pass another. */
export interface DataDirectoryHost {
  platform: NodeJS.Platform;
  root: boolean;
}

const thisHost = (): DataDirectoryHost => ({ platform: process.platform, root: process.getuid?.() === 0 });

/**
 * The local hub's folder (embedded PostgreSQL, its address, the development secrets): DLHUB_DATA_DIR
 * when set, else `dlhub/<checkout>-<hash>` in the user's data directory, which survives reboots
 * (the checkout's name and a hash of its path, so two clones never share it). As root, PostgreSQL
 * runs as the `postgres` OS user, which cannot reach into root's private home: root's data lives
 * under /var/lib, where system services keep theirs.
 */
export function localDataDirectory(env: NodeJS.ProcessEnv = process.env, host: DataDirectoryHost = thisHost()): string {
  const { platform } = host;
  if (env.DLHUB_DATA_DIR) return env.DLHUB_DATA_DIR;
  const home = env.HOME || homedir();
  const base =
    platform === "win32"
      ? env.LOCALAPPDATA || join(home, "AppData", "Local")
      : platform === "darwin"
        ? join(home, "Library", "Application Support")
        : env.XDG_DATA_HOME || (host.root ? "/var/lib" : join(home, ".local", "share"));
  return join(base, "dlhub", `${basename(REPOSITORY_ROOT)}-${checkoutHash()}`);
}

/** Where the local hub kept its folder before it moved out of the OS temp folder (emptied on reboot). */
export function legacyDataDirectory(temp: string = tmpdir()): string {
  return join(temp, `dlhub-${checkoutHash()}`);
}

/**
 * `token`: signs and checks development tokens, so `dlhub token` mints tokens the running hub
 * accepts. `forwarding`: signs the identity the gateway forwards, so a department started beside
 * `npm start` (a new one, before it publishes) trusts the same gateway.
 */
export type DevelopmentSecretKind = "token" | "forwarding";

const secretFile = (dataDir: string, kind: DevelopmentSecretKind) => join(dataDir, `development-${kind}-secret`);

/**
 * A secret `npm start` uses, made once per checkout and readable only by its owner. Development
 * only: production verifies tokens from the City's identity provider (a JWKS URL) and sets the
 * forwarding secret of the gateway and every subgraph from its secret store.
 */
export function developmentSecret(dataDir: string, kind: DevelopmentSecretKind = "token"): string {
  const file = secretFile(dataDir, kind);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** The development secret if the local hub has made one, else undefined. */
export function existingDevelopmentSecret(dataDir: string, kind: DevelopmentSecretKind = "token"): string | undefined {
  const file = secretFile(dataDir, kind);
  return existsSync(file) ? readFileSync(file, "utf8").trim() : undefined;
}
