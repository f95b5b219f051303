import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "@dlhub/subgraph-kit/testing";
import { type RegistryService, startRegistry } from "@dlhub/registry";
import { REPOSITORY_ROOT, Role, createIdentityVerifier, mintDevelopmentToken } from "@dlhub/schema";
import { runDlhub } from "../src/run";

/**
 * `dlhub operations register --manifest`, as a City deployment's release step registers the
 * console's trusted documents: the committed manifest codegen writes, against a real registry.
 */
const CONSOLE_MANIFEST = "console/src/graphql/generated/persisted-documents.json";
const secret = randomBytes(32).toString("hex");
let database: TestDatabase;
let registry: RegistryService;

async function dlhub(argv: string[]) {
  const out = { stdout: "", stderr: "" };
  const code = await runDlhub(argv, {
    stdout: { write: (text: string) => (out.stdout += text) },
    stderr: { write: (text: string) => (out.stderr += text) },
    env: { DLHUB_REGISTRY_URL: registry.url },
    cwd: REPOSITORY_ROOT,
  });
  return { code, ...out };
}

beforeAll(async () => {
  database = await createTestDatabase("dlhub_manifest");
  registry = await startRegistry({ databaseUrl: database.url, port: 0, verifier: createIdentityVerifier({ secret }) });
});
afterAll(async () => {
  await registry?.close();
  await database?.drop();
});

describe("dlhub operations register --manifest", () => {
  it("registers every document of the console's manifest under the id the console sends", async () => {
    const coordinator = await mintDevelopmentToken(secret, { subject: "release@phila.gov", roles: [Role.COORDINATOR] });
    const registered = await dlhub(["operations", "register", "--client", "coordinator-console", "--manifest", CONSOLE_MANIFEST, "--token", coordinator]);
    const manifest = JSON.parse(readFileSync(join(REPOSITORY_ROOT, CONSOLE_MANIFEST), "utf8")) as Record<string, string>;
    expect(registered).toMatchObject({ code: 0, stderr: "" });
    expect(registered.stdout).toContain(`Registered ${Object.keys(manifest).length} operations of coordinator-console`);
    const { documents } = (await (await fetch(`${registry.url}/persisted-documents`)).json()) as { documents: { id: string; document: string; client: string }[] };
    const listed = Object.fromEntries(documents.map(({ id, document }) => [`sha256:${id}`, document]));
    expect(listed).toEqual(manifest);
  });

  it("needs operations from somewhere: files, a manifest or both", async () => {
    const answer = await dlhub(["operations", "register", "--client", "console"]);
    expect(answer.code).toBe(1);
    expect(answer.stderr).toContain("--manifest <file>");
  });
});
