import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPOSITORY_ROOT } from "../federation/subgraph-list.js";

/**
 * The local hub's folder (embedded PostgreSQL, its address, the development token secret), under
 * the OS temp folder and named after this checkout so two clones never share it.
 */
export function localDataDirectory(): string {
  const checkout = createHash("sha256").update(REPOSITORY_ROOT).digest("hex").slice(0, 12);
  return join(tmpdir(), `dlhub-${checkout}`);
}

const secretFile = (dataDir: string) => join(dataDir, "development-token-secret");

/**
 * The shared secret `npm start` signs and checks development tokens with: made once per checkout,
 * readable only by its owner, so `dlhub token` can mint tokens the running hub accepts.
 * Development only: production verifies tokens from the City's identity provider (a JWKS URL).
 */
export function developmentSecret(dataDir: string): string {
  const file = secretFile(dataDir);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** The development secret if the local hub has made one, else undefined. */
export function existingDevelopmentSecret(dataDir: string): string | undefined {
  const file = secretFile(dataDir);
  return existsSync(file) ? readFileSync(file, "utf8").trim() : undefined;
}
