/**
 * The timestamp of the subgraph kit's last contract migration (AddInitiativeDemoFlag). A
 * department's tables reference `initiative` and attach the kit's change triggers (the place
 * trigger writes `place_change`), so its first migration must run after the kit's; TypeORM
 * orders migrations by the digits ending their names.
 */
export const KIT_CONTRACT_MIGRATIONS_END = "20261201000001";

/**
 * `yyyyMMddHHmmss` in UTC, the one timestamp format of every migration file and class name. A clock
 * set before the kit's migrations (or a checkout dated before them) gets the second after them.
 */
export function migrationTimestamp(now: Date = new Date()): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const stamp =
    pad(now.getUTCFullYear(), 4) +
    pad(now.getUTCMonth() + 1) +
    pad(now.getUTCDate()) +
    pad(now.getUTCHours()) +
    pad(now.getUTCMinutes()) +
    pad(now.getUTCSeconds());
  return stamp > KIT_CONTRACT_MIGRATIONS_END ? stamp : String(Number(KIT_CONTRACT_MIGRATIONS_END) + 1);
}
