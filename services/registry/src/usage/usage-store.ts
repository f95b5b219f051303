import { type UsageReport, type UsedCoordinate } from "@dlhub/schema";
import { type EntityManager } from "typeorm";

/**
 * Adds one gateway batch to the per-day counts in a single statement, whatever its size. Rows the
 * batch names twice are summed first: one INSERT … ON CONFLICT may not touch a row twice.
 */
export async function recordUsage(manager: EntityManager, report: UsageReport, now: Date): Promise<number> {
  const rows = new Map<string, { key: string[]; count: number }>();
  for (const { client, clientVersion, operationName, operationHash, coordinates, count } of report.operations) {
    for (const coordinate of coordinates) {
      const key = [client, clientVersion, operationName, operationHash, coordinate];
      const id = key.join("\0");
      const row = rows.get(id);
      if (row) row.count += count;
      else rows.set(id, { key, count });
    }
  }
  if (rows.size === 0) return 0;
  const columns: string[][] = [[], [], [], [], []];
  const counts: number[] = [];
  for (const { key, count } of rows.values()) {
    key.forEach((value, i) => columns[i].push(value));
    counts.push(count);
  }
  await manager.query(
    `INSERT INTO coordinate_usage (day, client, client_version, operation_name, operation_hash, coordinate, count, last_seen)
     SELECT ($1::timestamptz AT TIME ZONE 'UTC')::date, u.client, u.client_version, u.operation_name, u.operation_hash, u.coordinate, u.count, $1
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[])
       AS u(client, client_version, operation_name, operation_hash, coordinate, count)
     ON CONFLICT (day, client, client_version, operation_hash, operation_name, coordinate) DO UPDATE
       SET count = coordinate_usage.count + EXCLUDED.count, last_seen = GREATEST(coordinate_usage.last_seen, EXCLUDED.last_seen)`,
    [now, ...columns, counts],
  );
  return rows.size;
}

/** Forgets the days older than `keepDays` before `now`; a range of the primary key, whatever the rows. */
export async function pruneUsage(manager: EntityManager, keepDays: number, now: Date): Promise<void> {
  await manager.query(`DELETE FROM coordinate_usage WHERE day <= ($1::timestamptz AT TIME ZONE 'UTC')::date - $2::int`, [now, keepDays]);
}

interface UsedRow {
  coordinate: string;
  count: string;
  clients: string[];
  operations: string[];
  last_seen: Date;
}

/**
 * Every coordinate some client used in the `windowDays` days up to `now` (UTC days, today
 * included), with its clients and operations: the usage rule's one reading, in one statement.
 * Publish checks use it, `dlhub usage` shows it, and deleting a subgraph should ask it too.
 */
export async function usedCoordinates(manager: EntityManager, windowDays: number, now: Date): Promise<UsedCoordinate[]> {
  const rows: UsedRow[] = await manager.query(
    `SELECT coordinate, sum(count)::text AS count,
            array_agg(DISTINCT client) AS clients,
            array_agg(DISTINCT client || '/' || CASE WHEN operation_name = '' THEN '(anonymous) ' || left(operation_hash, 12) ELSE operation_name END) AS operations,
            max(last_seen) AS last_seen
     FROM coordinate_usage
     WHERE day > ($1::timestamptz AT TIME ZONE 'UTC')::date - $2::int
       AND day <= ($1::timestamptz AT TIME ZONE 'UTC')::date
     GROUP BY coordinate
     ORDER BY coordinate`,
    [now, windowDays],
  );
  return rows.map((row) => ({
    coordinate: row.coordinate,
    count: Number(row.count),
    clients: [...row.clients].sort(),
    operations: [...row.operations].sort(),
    lastSeen: row.last_seen.toISOString(),
  }));
}

/** The window's usage split by whether it still protects what it used (see usageInWindow). */
export interface WindowUsage {
  /** Usage that blocks a change breaking it. */
  counted: UsedCoordinate[];
  /** Usage by documents their clients have since replaced: shown, never blocking. */
  retired: UsedCoordinate[];
}

/**
 * The window's usage as publishes, checks and deletions judge it, in one statement. A client that
 * registers its operations (saved operations, the persisted documents gateways enforce) states
 * which documents it runs: a hash it no longer registers is a document it replaced (under trusted
 * documents it cannot even run any more), so its usage is `retired` and protects nothing. The
 * registered documents themselves are guarded by the saved-operation check. A client registering
 * nothing is known only by its traffic, so all its usage counts.
 */
export async function usageInWindow(manager: EntityManager, windowDays: number, now: Date): Promise<WindowUsage> {
  const rows: (UsedRow & { retired: boolean })[] = await manager.query(
    `SELECT u.coordinate, u.retired, sum(u.count)::text AS count,
            array_agg(DISTINCT u.client) AS clients,
            array_agg(DISTINCT u.client || '/' || CASE WHEN u.operation_name = '' THEN '(anonymous) ' || left(u.operation_hash, 12) ELSE u.operation_name END) AS operations,
            max(u.last_seen) AS last_seen
     FROM (
       SELECT usage.*,
              EXISTS (SELECT 1 FROM saved_operation s WHERE s.client = usage.client)
                AND NOT EXISTS (SELECT 1 FROM saved_operation s WHERE s.client = usage.client AND s.hash::text = usage.operation_hash) AS retired
       FROM coordinate_usage usage
       WHERE usage.day > ($1::timestamptz AT TIME ZONE 'UTC')::date - $2::int
         AND usage.day <= ($1::timestamptz AT TIME ZONE 'UTC')::date
     ) u
     GROUP BY u.coordinate, u.retired
     ORDER BY u.coordinate`,
    [now, windowDays],
  );
  const split: WindowUsage = { counted: [], retired: [] };
  for (const row of rows) {
    (row.retired ? split.retired : split.counted).push({
      coordinate: row.coordinate,
      count: Number(row.count),
      clients: [...row.clients].sort(),
      operations: [...row.operations].sort(),
      lastSeen: row.last_seen.toISOString(),
    });
  }
  return split;
}
