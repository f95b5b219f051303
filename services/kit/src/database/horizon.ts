/**
 * The oldest transaction still running that could write to this database, or the snapshot's end
 * when none is: an SQL expression (xid8).
 *
 * Transaction ids are counted across the whole PostgreSQL server, and `pg_snapshot_xmin` is the
 * oldest running transaction in any database on it: one long write elsewhere (another
 * department's import, on a shared server) held back every feed until it ended. A transaction
 * seen running in another database cannot write here, so it is left out; every other
 * transaction the snapshot saw running, including one that has finished since, still counts.
 * Comparing the low 32 bits is enough: pg_stat_activity shows 32-bit xids, and the running ones
 * are far fewer than 2^32 apart. Where a role may not see other sessions' transactions, none is
 * left out and the horizon is the server-wide one, as before.
 */
export const DATABASE_HORIZON = `coalesce((
  SELECT min(x) FROM pg_snapshot_xip(pg_current_snapshot()) x
   WHERE NOT EXISTS (
     SELECT 1 FROM pg_stat_activity a
      WHERE a.backend_xid IS NOT NULL
        AND a.datid <> (SELECT oid FROM pg_database WHERE datname = current_database())
        AND a.backend_xid::text::numeric = x::text::numeric % 4294967296)
), pg_snapshot_xmax(pg_current_snapshot()))`;
