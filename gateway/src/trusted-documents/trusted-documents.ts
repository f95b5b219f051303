import { createHash } from "node:crypto";
import { ErrorCode, httpStatusOf } from "@dlhub/schema";
import express, { type RequestHandler, type Response } from "express";
import { type DocumentLookup } from "./document-list.js";
import { DocumentRequestError, readDocumentRequest, useDocument } from "./document-request.js";

/**
 * `required`: only registered documents run (production's default). `allowed`: registered
 * documents run by id, and any other query text runs too (development, tests).
 */
export type TrustedDocumentsMode = "required" | "allowed";

/** The same limit as the JSON parser Apollo Server's route uses (the kit's), which then finds the body read. */
const BODY_LIMIT = "100kb";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * In front of Apollo Server on /graphql: accepts a registered document by id and, with
 * `required`, refuses a query text before anything parses or validates it, unless it is byte
 * for byte a registered document (then it is that document, and clients that cannot send ids,
 * curl or a test, may still run what was registered). An unknown id is PERSISTED_QUERY_NOT_FOUND,
 * the code Apollo's and urql's clients answer by sending the text, which `allowed` then runs.
 */
export function trustedDocumentsHandlers(mode: TrustedDocumentsMode, documents: DocumentLookup): RequestHandler[] {
  const check: RequestHandler = (request, response, next) => {
    if (request.method !== "GET" && request.method !== "POST") return next();
    let named;
    try {
      named = readDocumentRequest(request);
    } catch (error) {
      if (error instanceof DocumentRequestError) return refuse(response, ErrorCode.BAD_REQUEST, error.message);
      throw error;
    }
    const { id, query } = named;
    if (id === undefined) {
      if (mode === "required" && query !== undefined && documents.documentFor(sha256(query)) === undefined) return refuseFreeQuery(response);
      return next();
    }
    // As Apollo Server's persisted queries: a text sent with an id must be the text that id names.
    if (query !== undefined && sha256(query) !== id) return refuse(response, ErrorCode.BAD_REQUEST, "The query text sent is not the document its id names (provided sha does not match query).");
    const registered = documents.documentFor(id);
    if (registered === undefined) {
      // The message is the protocol: urql's persisted exchange falls back to the text only on these exact words.
      if (query === undefined) return refuse(response, ErrorCode.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound");
      if (mode === "required") return refuseFreeQuery(response);
    }
    useDocument(request, registered);
    next();
  };
  return [express.json({ limit: BODY_LIMIT }), check];
}

function refuse(response: Response, code: ErrorCode.BAD_REQUEST | ErrorCode.PERSISTED_QUERY_NOT_FOUND | ErrorCode.TRUSTED_DOCUMENT_REQUIRED, message: string): void {
  response.status(httpStatusOf(code)).json({ errors: [{ message, extensions: { code } }] });
}

const refuseFreeQuery = (response: Response) =>
  refuse(
    response,
    ErrorCode.TRUSTED_DOCUMENT_REQUIRED,
    "This gateway runs only registered documents: send a registered document's id (documentId, or the persisted-query extension) instead of a query text. A client's operations are registered with `dlhub operations register`.",
  );
