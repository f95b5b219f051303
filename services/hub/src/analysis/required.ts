/**
 * For fields that resolve a row this same request has just read (a gap's neighborhood, an
 * overlap's initiatives). Only a sync or geography import committing in between could remove it:
 * a server-side race, not the client's doing, so it surfaces masked as an internal error.
 */
export async function required<T>(row: Promise<T | null>, what: string, id: string): Promise<T> {
  const found = await row;
  if (found === null) throw new Error(`${what} ${id} vanished during the request`);
  return found;
}
