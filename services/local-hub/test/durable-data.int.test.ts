import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { legacyDataDirectory, localDataDirectory } from "@dlhub/schema";
import { describeWithCityData, queryOk, useTestStack, waitFor } from "@dlhub/subgraph-kit/testing";
import { withDatabase } from "../src/backup/connect";
import { localHubDatabases } from "../src/backup/databases";
import { CLOCKS, fingerprintDatabase } from "./hostile/fingerprint";
import { REAL_DATA } from "./real-data-import";
import { type NpmStart, npmStartEnv, runNode, startNpmStart } from "./npm-start";

/**
 * Issue 12: `npm start` kept its PostgreSQL, the coordinator's notes and links and its development
 * secrets in the OS temp folder, which many systems empty on reboot. Now they live in the user's
 * data directory: an older hub's temp folder moves there on first start, and emptying the temp
 * folder loses nothing. The real main.js runs, on ports of its own, with a HOME, data directory
 * and OS temp folder of this test's (on tmpfs where there is one, as /tmp often is).
 */
// The import step reads the City's planning districts: skipped with a word on a laptop without them, failed under CI=true.
describeWithCityData(REAL_DATA)("npm start's data through a move and a reboot", () => {
  const stack = useTestStack();
  const root = mkdtempSync(join(tmpdir(), "dlhub-durable-"));
  const temp = mkdtempSync(join(existsSync("/dev/shm") ? "/dev/shm" : root, "dlhub-durable-tmp-"));
  const home = join(root, "home");
  const dataHome = join(root, "data");
  const legacy = legacyDataDirectory(temp);
  const dataDir = localDataDirectory({ HOME: home, XDG_DATA_HOME: dataHome });
  let hub: NpmStart | undefined;

  beforeAll(() => {
    // As root, PostgreSQL runs as the `postgres` OS user, which must pass through these.
    for (const folder of [root, temp]) chmodSync(folder, 0o755);
    mkdirSync(home);
    stack.defer("the test's folders", () => [root, temp].forEach((folder) => rmSync(folder, { recursive: true, force: true })));
    stack.defer("npm start", () => hub?.stop());
  });

  it("moves an older hub's temp folder with a message, and keeps notes, links, imports and secrets when the temp folder is emptied", async () => {
    // Usage reports would add the test's own traffic to the registry between the fingerprints.
    const ports = await npmStartEnv({ HOME: home, TMPDIR: temp, GATEWAY_USAGE_REPORTING: "off" });
    // An older DL Hub: its data in the OS temp folder.
    const before = { ...ports, DLHUB_DATA_DIR: legacy };
    hub = await startNpmStart(before);
    const token = await runNode(["cli/bin/dlhub.js", "token", "--role", "coordinator"], before);
    const [from, to] = await twoInitiatives(hub);
    await queryOk(hub.gatewayUrl, `mutation($i: LinkInitiativesInput!) { linkInitiatives(input: $i) { id } }`, { i: { fromId: from, toId: to, kind: "CO_LOCATED", note: "survives reboots" } }, { token });
    await queryOk(hub.gatewayUrl, `mutation($i: AddCoordinatorNoteInput!) { addCoordinatorNote(input: $i) { id } }`, { i: { initiativeId: from, body: "Ask about a winter route." } }, { token });
    const beforeImport = await fingerprints(legacy);
    await runNode(["services/local-hub/dist/import/cli.js", "planning-districts", join(REAL_DATA, "planning_districts.geojson")], before);
    // The hub re-places its catalog on the new districts in its next sync round: what is kept is
    // the state once that settled (two readings a sync interval and more apart agree).
    let last = "";
    const kept = await waitFor(async () => {
      const now = await fingerprints(legacy);
      const same = JSON.stringify(now) === last;
      last = JSON.stringify(now);
      return same ? now : undefined;
    }, "the hub's catalog to settle on the imported districts", { intervalMs: 1_500, timeoutMs: 60_000 });
    expect(kept.hub).not.toEqual(beforeImport.hub);
    await hub.stop();

    // This version, with no DLHUB_DATA_DIR: the data moves to the user's data directory.
    const now = { ...ports, XDG_DATA_HOME: dataHome };
    hub = await startNpmStart(now);
    expect(hub.output()).toContain(`Moved DL Hub's data from ${legacy} to ${dataDir}`);
    expect(existsSync(legacy)).toBe(false);
    await expectKept(hub, dataDir, token, from, kept);
    await hub.stop();

    // A reboot empties the OS temp folder (here this test's own: nobody else's is touched).
    for (const entry of readdirSync(temp)) rmSync(join(temp, entry), { recursive: true, force: true });
    hub = await startNpmStart(now);
    expect(hub.output()).not.toContain("Moved");
    await expectKept(hub, dataDir, token, from, kept);
    // What reads the folder finds it: `dlhub token` its secret, the department guide's line server.json.
    const fresh = await runNode(["cli/bin/dlhub.js", "token", "--role", "coordinator"], now);
    await queryOk(hub.gatewayUrl, `query($a: ID!) { initiative(id: $a) { notes { body } } }`, { a: from }, { token: fresh });
    const guide = await runNode(["-p", "require(require('@dlhub/schema').localDataDirectory() + '/server.json').serverUrl"], now);
    expect(guide).toBe(serverUrl(dataDir));
    await hub.stop();
    // Two whole `npm start`s and a reboot in between: about 50 s when the machine is shared with other suites.
  }, 180_000);
});

async function twoInitiatives(hub: NpmStart): Promise<[string, string]> {
  const query = `{ a: initiatives(filter: { search: "Techmobile" }) { nodes { id } } b: initiatives(filter: { search: "afterschool" }) { nodes { id } } }`;
  const found = await waitFor(async () => {
    const data = await queryOk<any>(hub.gatewayUrl, query);
    return data.a.nodes[0] && data.b.nodes[0] ? data : undefined;
  }, "the catalog to hold the demo initiatives");
  return [found.a.nodes[0].id, found.b.nodes[0].id];
}

/** The token made before still signs in, and every table of every database is as it was. */
async function expectKept(hub: NpmStart, dataDir: string, token: string, initiative: string, kept: Record<string, Record<string, string>>): Promise<void> {
  await twoInitiatives(hub);
  const data = await queryOk<any>(hub.gatewayUrl, `query($a: ID!) { initiative(id: $a) { notes { body } links { link { note } } } }`, { a: initiative }, { token });
  expect(data.initiative).toEqual({ notes: [{ body: "Ask about a winter route." }], links: [{ link: { note: "survives reboots" } }] });
  expect(await fingerprints(dataDir)).toEqual(kept);
}

const serverUrl = (dataDir: string) => (JSON.parse(readFileSync(join(dataDir, "server.json"), "utf8")) as { serverUrl: string }).serverUrl;

/**
 * What every start writes anew: a running hub's clocks, and the coordinator's saved operations,
 * which each start registers again (replaced: new ids, a new time; the same operations).
 */
const RESTART_CLOCKS = { ...CLOCKS, saved_operation: ["id", "registered_at"] };

/** Every table of every database of the hub whose data folder this is, but for what starts rewrite. */
async function fingerprints(dataDir: string): Promise<Record<string, Record<string, string>>> {
  const prints: Record<string, Record<string, string>> = {};
  for (const { name, database } of localHubDatabases()) {
    prints[name] = await withDatabase(serverUrl(dataDir), database, (client) =>
      fingerprintDatabase({ query: async (sql, parameters) => (await client.query(sql, parameters)).rows }, RESTART_CLOCKS),
    );
  }
  return prints;
}
