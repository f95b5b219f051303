import { type ErrorRequestHandler, type RequestHandler } from "express";
import { CheckFailed, REGISTRY_HTTP_STATUS, RegistryErrorCode, RegistryRefusal } from "./errors.js";

/** body-parser's failures carry a `type`; they are the caller's doing, not ours. */
const BODY_ERRORS: Record<string, { status: number; message: string }> = {
  "entity.parse.failed": { status: 400, message: "The request body is not valid JSON." },
  "entity.too.large": { status: 413, message: "The request body is larger than the registry accepts (2 MB)." },
  "encoding.unsupported": { status: 415, message: "The request body's encoding is not supported." },
};

export const unknownRoute: RequestHandler = (request, response) => {
  response.status(404).json({ error: { code: RegistryErrorCode.NOT_FOUND, message: `No route ${request.method} ${request.path}.` } });
};

/**
 * Turns a thrown error into `{ error: { code, message } }`. Refusals keep their message; anything
 * else is logged and answered as a bare INTERNAL_SERVER_ERROR, so no stack, SQL or internal
 * message reaches a caller.
 */
export function answerErrors(log: (error: unknown) => void): ErrorRequestHandler {
  return (error: unknown, _request, response, next) => {
    if (response.headersSent) return next(error);
    if (error instanceof CheckFailed) {
      response.status(422).json({ error: { code: error.code, message: error.message }, report: error.report });
      return;
    }
    if (error instanceof RegistryRefusal) {
      response.status(REGISTRY_HTTP_STATUS[error.code]).json({ error: { code: error.code, message: error.message } });
      return;
    }
    const body = BODY_ERRORS[(error as { type?: string }).type ?? ""];
    if (body) {
      response.status(body.status).json({ error: { code: RegistryErrorCode.BAD_REQUEST, message: body.message } });
      return;
    }
    log(error);
    response.status(500).json({ error: { code: RegistryErrorCode.INTERNAL_SERVER_ERROR, message: "Internal server error" } });
  };
}
