import { ErrorCode, httpStatusOf } from "@dlhub/schema";
import { type ErrorRequestHandler, type RequestHandler } from "express";
import { type Logger } from "../logger.js";

/** What body-parser and Express attach to the errors they pass on. */
export interface HttpError extends Error {
  status?: number;
  statusCode?: number;
  type?: string;
  limit?: number;
  expose?: boolean;
}

/**
 * The last handler of every server: an error Express or the JSON body parser raises (a body too
 * large, malformed JSON) is answered the way GraphQL clients read errors, as JSON with a stable
 * `extensions.code`, instead of Express's HTML page, which carries a stack trace outside production.
 */
export function requestErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: HttpError, _request, response, next) => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const { status, body } = refusal(error);
    if (status >= 500) logger.error({ err: error }, "unexpected error outside GraphQL");
    response.status(status).json(body);
  };
}

/** The status and JSON body an error raised before GraphQL is answered with. */
export function refusal(error: HttpError): { status: number; body: { errors: { message: string; extensions: { code: ErrorCode } }[] } } {
  const status = error.status ?? error.statusCode ?? 500;
  const [code, message] = describe(error, status);
  return { status: status >= 400 && status < 600 ? status : 500, body: { errors: [{ message, extensions: { code } }] } };
}

function describe(error: HttpError, status: number): [ErrorCode, string] {
  if (error.type === "entity.too.large") {
    const size = error.limit ? ` of ${Math.floor(error.limit / 1024)} kB` : "";
    return [ErrorCode.REQUEST_TOO_LARGE, `The request body is larger than the limit${size}.`];
  }
  if (error.type === "entity.parse.failed") return [ErrorCode.BAD_REQUEST, "The request body is not valid JSON."];
  if (status >= 500) return [ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error"];
  return [ErrorCode.BAD_REQUEST, error.expose ? error.message : "The request could not be read."];
}

/**
 * After every route: a path nobody serves is NOT_FOUND in the same JSON shape, rather than
 * Express's HTML page, so a client or a probe reads every refusal the same way.
 */
export const unknownRoute: RequestHandler = (request, response) => {
  const status = httpStatusOf(ErrorCode.NOT_FOUND);
  response.status(status).json({ errors: [{ message: `Nothing is served at ${request.method} ${request.path}.`, extensions: { code: ErrorCode.NOT_FOUND } }] });
};
