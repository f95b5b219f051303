import { persistedExchange } from "@urql/exchange-persisted";
import { type DocumentNode } from "graphql";

/**
 * The console sends each operation's id instead of its text: the sha256 codegen embedded in the
 * document (`__meta__.hash`, the key it wrote to persisted-documents.json, which is registered as
 * the client "console"). An id the gateway does not know (a hub started before the last codegen)
 * gets PERSISTED_QUERY_NOT_FOUND, and the exchange then sends the text, which a gateway that
 * requires trusted documents refuses and any other runs. POST, as every other request: a GET would
 * need a CSRF header of its own.
 */
export const sendDocumentIds = persistedExchange({
  preferGetForPersistedQueries: false,
  enableForMutation: true,
  generateHash: async (query, document) => embeddedHash(document) ?? hashText(query),
});

function embeddedHash(document: DocumentNode): string | undefined {
  const hash = (document as DocumentNode & { __meta__?: { hash?: unknown } }).__meta__?.hash;
  return typeof hash === "string" ? hash.replace(/^sha256:/, "") : undefined;
}

/** A document codegen never saw has no embedded hash; it is hashed as the exchange would. */
async function hashText(query: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(query));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}
