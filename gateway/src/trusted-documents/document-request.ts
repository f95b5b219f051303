import { type Request } from "express";

/** What a GraphQL request names: a registered document's id, a query text, or both. */
export interface DocumentRequest {
  id?: string;
  query?: string;
}

/** A request that names its document wrongly; answered with BAD_REQUEST. */
export class DocumentRequestError extends Error {}

/**
 * Reads the id in either form a client sends one: GraphQL-over-HTTP's `documentId` (`sha256:<hex>`
 * or bare hex) or Apollo's persisted-query extension (version 1), from a JSON POST body or a GET
 * query string. When both are sent they must agree.
 */
export function readDocumentRequest(request: Request): DocumentRequest {
  const fields = request.method === "GET" ? queryStringFields(request) : bodyFields(request.body);
  const persisted = fields.extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined | null;
  let fromExtension: string | undefined;
  if (persisted !== undefined && persisted !== null) {
    if (persisted.version !== 1) throw new DocumentRequestError("Unsupported persisted query version: send version 1.");
    if (typeof persisted.sha256Hash !== "string") throw new DocumentRequestError("extensions.persistedQuery.sha256Hash must be a string.");
    fromExtension = persisted.sha256Hash.toLowerCase();
  }
  let id = fromExtension;
  if (fields.documentId !== undefined) {
    if (typeof fields.documentId !== "string") throw new DocumentRequestError("documentId must be a string, e.g. sha256:<64 hex digits>.");
    id = fields.documentId.replace(/^sha256:/i, "").toLowerCase();
    if (fromExtension !== undefined && fromExtension !== id) throw new DocumentRequestError("documentId and extensions.persistedQuery.sha256Hash name different documents.");
  }
  return { id, query: typeof fields.query === "string" ? fields.query : undefined };
}

/**
 * Puts the registered text where Apollo Server reads the query and takes the ids out, so
 * parsing, validation, limits and execution see exactly what was registered, and Apollo Server
 * (its own persisted queries off) never sees an extension it would refuse.
 */
export function useDocument(request: Request, document: string | undefined): void {
  if (request.method === "GET") {
    const url = new URL(request.url, "http://gateway");
    if (document !== undefined) url.searchParams.set("query", document);
    url.searchParams.delete("documentId");
    const extensions = parseJson(url.searchParams.get("extensions"));
    if (extensions && typeof extensions === "object") {
      delete (extensions as Record<string, unknown>).persistedQuery;
      url.searchParams.set("extensions", JSON.stringify(extensions));
    }
    request.url = `${url.pathname}${url.search}`;
    return;
  }
  const body = request.body as Record<string, unknown>;
  if (document !== undefined) body.query = document;
  delete body.documentId;
  const extensions = body.extensions as Record<string, unknown> | undefined;
  if (extensions && typeof extensions === "object") delete extensions.persistedQuery;
}

interface Fields {
  documentId?: unknown;
  query?: unknown;
  extensions?: Record<string, unknown> | null;
}

function bodyFields(body: unknown): Fields {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return {};
  const { documentId, query, extensions } = body as Record<string, unknown>;
  return { documentId, query, extensions: typeof extensions === "object" ? (extensions as Record<string, unknown> | null) : undefined };
}

function queryStringFields(request: Request): Fields {
  const search = new URL(request.url, "http://gateway").searchParams;
  const once = (name: string) => {
    const values = search.getAll(name);
    if (values.length > 1) throw new DocumentRequestError(`${name} must be given once.`);
    return values[0];
  };
  const extensions = parseJson(once("extensions") ?? null);
  return { documentId: once("documentId"), query: once("query"), extensions: typeof extensions === "object" ? (extensions as Record<string, unknown> | null) : undefined };
}

/** Malformed JSON is left for Apollo Server to refuse in its own words. */
function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
