import { ClientError, ErrorCode, httpStatusOf } from "@dlhub/schema";
import { type ErrorRequestHandler, type RequestHandler } from "express";
import { CheckFailed } from "./errors.js";

/** body-parser's failures carry a `type`; they are the caller's doing, not ours, and keep body-parser's status. */
const BODY_ERRORS: Record<string, { status: number; message: string }> = {
  "entity.parse.failed": { status: 400, message: "The request body is not valid JSON." },
  "entity.too.large": { status: 413, message: "The request body is larger than the registry accepts (2 MB)." },
  "encoding.unsupported": { status: 415, message: "The request body's encoding is not supported." },
  "charset.unsupported": { status: 415, message: "The request body's charset is not supported; send UTF-8." },
};

/**
 * Any other error Express or body-parser raise with a 4xx status is the caller's too: a body that
 * says it is gzip and is not, a URL whose percent-encoding does not decode. Its own message may
 * name internals (zlib's words), so it is not passed on.
 */
function clientHttpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode;
  return typeof status === "number" && status >= 400 && status < 500 ? status : undefined;
}

export const unknownRoute: RequestHandler = (request, response) => {
  response.status(httpStatusOf(ErrorCode.NOT_FOUND)).json({ error: { code: ErrorCode.NOT_FOUND, message: `No route ${request.method} ${request.path}.` } });
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
      response.status(httpStatusOf(error.code)).json({ error: { code: error.code, message: error.message }, report: error.report });
      return;
    }
    if (error instanceof ClientError) {
      response.status(httpStatusOf(error.code)).json({ error: { code: error.code, message: error.message } });
      return;
    }
    const body = BODY_ERRORS[(error as { type?: string }).type ?? ""];
    if (body) {
      response.status(body.status).json({ error: { code: ErrorCode.BAD_REQUEST, message: body.message } });
      return;
    }
    const status = clientHttpStatus(error);
    if (status) {
      response.status(status).json({ error: { code: ErrorCode.BAD_REQUEST, message: "The request could not be read." } });
      return;
    }
    log(error);
    response.status(httpStatusOf(ErrorCode.INTERNAL_SERVER_ERROR)).json({ error: { code: ErrorCode.INTERNAL_SERVER_ERROR, message: "Internal server error" } });
  };
}
