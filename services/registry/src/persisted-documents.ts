import { createHash } from "node:crypto";
import { type PersistedDocument } from "@dlhub/schema";
import { type Express } from "express";
import { type EntityManager } from "typeorm";
import { SavedOperationRow } from "./entities/saved-operation.entity.js";

/**
 * The list every gateway copy polls, so an unchanged list must cost one small query and no
 * documents: its tag is an md5 over each saved operation's client, name and hash (the sha256 of the
 * text), computed by PostgreSQL. A changed list is read with its rows and tagged from the same
 * string in the same order, so the tag sent always describes the documents sent with it.
 */
export interface PersistedDocumentList {
  tag: string;
  /** Null when the list still has a tag the caller already holds. */
  documents: PersistedDocument[] | null;
}

const SEPARATOR = "\n";

export async function readPersistedDocuments(manager: EntityManager, knownTags: string[] = []): Promise<PersistedDocumentList> {
  if (knownTags.length > 0) {
    const [{ tag }] = (await manager.query(
      `SELECT md5(coalesce(string_agg(client || $1 || name || $1 || hash, $1 ORDER BY client, name), '')) AS tag FROM saved_operation`,
      [SEPARATOR],
    )) as { tag: string }[];
    if (knownTags.includes(tag)) return { tag, documents: null };
  }
  const rows = await manager.find(SavedOperationRow, { select: { client: true, name: true, hash: true, document: true }, order: { client: "ASC", name: "ASC" } });
  const tag = createHash("md5")
    .update(rows.map(({ client, name, hash }) => [client, name, hash].join(SEPARATOR)).join(SEPARATOR), "utf8")
    .digest("hex");
  return { tag, documents: rows.map(({ hash, document, client, name }) => ({ id: hash, document, client, name })) };
}

/**
 * GET /persisted-documents: public like /operations (a document's text is no secret; running it
 * is what the gateway guards). Answered with the tag as ETag, and 304 to a gateway that holds it.
 */
export function mountPersistedDocuments(app: Express, list: (knownTags: string[]) => Promise<PersistedDocumentList>): void {
  app.get("/persisted-documents", async (request, response) => {
    const { tag, documents } = await list(knownTags(request.get("if-none-match")));
    response.set({ ETag: `"${tag}"`, "Cache-Control": "no-cache" });
    if (documents === null) {
      response.status(304).end();
      return;
    }
    response.json({ documents });
  });
}

/** The list's tags a caller holds: `If-None-Match` may list several tags or weak ones (W/"…"). */
function knownTags(header: string | undefined): string[] {
  const tags = (header ?? "").split(",").map((tag) => tag.trim().replace(/^W\//, ""));
  return tags.filter((tag) => /^"[0-9a-f]{32}"$/.test(tag)).map((tag) => tag.slice(1, -1));
}
