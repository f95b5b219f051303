import { encodeFeedCursor, waitFor } from "@dlhub/subgraph-kit";
import { type DataSource } from "typeorm";
import { type LocalHub } from "../local-hub.js";
import { postQuery } from "./graphql-client.js";

const POLL_MS = 100;

export const departmentsOf = (hub: LocalHub) => hub.subgraphs.filter((s) => s.name !== "hub");

/** The catalog's initiatives as a client sees them through the gateway. */
export async function catalogCount(hub: LocalHub): Promise<number> {
  const data = await postQuery<{ initiatives: { totalCount: number } }>(hub.gatewayUrl, `{ initiatives { totalCount } }`);
  return data.initiatives.totalCount;
}

/**
 * Whether the hub has applied every department's whole change log. The count of initiatives is
 * right long before that: the log holds a row per changed site, partner and outcome too, and the
 * sync is still working through those (and keeping the machine busy) after the last initiative
 * appeared. Compares the hub's stored cursors (initiatives and places) with the cursor of each
 * log's last row.
 */
export async function feedsCaughtUp(hub: LocalHub): Promise<boolean> {
  const hubDatabase = hub.subgraphs.find((s) => s.name === "hub");
  if (!hubDatabase) throw new Error("the hub's own subgraph is not running");
  const cursors = (await hubDatabase.database.dataSource.query(`SELECT name, cursor, place_cursor FROM department_feed`)) as {
    name: string;
    cursor: string | null;
    place_cursor: string | null;
  }[];
  const ends = await Promise.all(
    departmentsOf(hub).map(async (s) => ({
      name: s.name,
      cursor: await lastCursor(s.database.dataSource, "initiative_change"),
      placeCursor: await lastCursor(s.database.dataSource, "place_change"),
    })),
  );
  return ends.every((end) => {
    const stored = cursors.find((c) => c.name === end.name);
    return stored?.cursor === end.cursor && stored.place_cursor === end.placeCursor;
  });
}

/** The cursor of a change log's last row, as the feed would hand it out. */
async function lastCursor(db: DataSource, log: "initiative_change" | "place_change"): Promise<string | null> {
  const [last] = (await db.query(
    // By the columns, not the text aliases: as text, "9" sorts after "50".
    `SELECT c.xid::text AS xid, c.seq::text AS seq FROM ${log} c ORDER BY c.xid DESC, c.seq DESC LIMIT 1`,
  )) as { xid: string; seq: string }[];
  return last ? encodeFeedCursor(last.xid, last.seq) : null;
}

/** The hub's own account of each feed: says which one fell behind, and why, when one does. */
async function feedStatus(hub: LocalHub): Promise<string> {
  const data = await postQuery<{ departments: { name: string; initiativeCount: number; lastError: string | null }[] }>(
    hub.gatewayUrl,
    `{ departments { name initiativeCount lastError } }`,
  );
  return data.departments.map((d) => `${d.name} ${d.initiativeCount}${d.lastError ? ` (${d.lastError})` : ""}`).join(", ");
}

/** Polls `done` until it holds; after `timeoutMs` fails with the state of every feed. */
export async function waitForCatalog(hub: LocalHub, what: string, done: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  try {
    await waitFor(done, what, { timeoutMs, intervalMs: POLL_MS });
  } catch {
    throw new Error(`${what}: not after ${Math.round(timeoutMs / 1000)} s (catalog: ${await feedStatus(hub)}; ${await oldestWrite(hub)})`);
  }
}

/** The server's oldest running write, which holds back the feeds of its database: says so when that is why. */
async function oldestWrite(hub: LocalHub): Promise<string> {
  const hubDatabase = hub.subgraphs.find((s) => s.name === "hub");
  const [oldest] = ((await hubDatabase?.database.dataSource.query(
    `SELECT datname, round(extract(epoch FROM now() - xact_start)) AS seconds FROM pg_stat_activity
      WHERE backend_xid IS NOT NULL ORDER BY xact_start LIMIT 1`,
  )) ?? []) as { datname: string; seconds: string }[];
  return oldest ? `oldest running write: ${oldest.seconds} s in ${oldest.datname}` : "no write running";
}
