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
