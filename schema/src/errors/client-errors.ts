import { GraphQLError } from "graphql";
import { httpStatusOf } from "./catalog.js";
import { ErrorCode } from "./codes.js";

/** The codes of errors a caller caused and can fix. */
export type ClientErrorCode =
  | ErrorCode.BAD_USER_INPUT
  | ErrorCode.NOT_FOUND
  | ErrorCode.UNAUTHENTICATED
  | ErrorCode.FORBIDDEN
  | ErrorCode.CONFLICT
  | ErrorCode.QUERY_LIMIT_EXCEEDED
  | ErrorCode.RATE_LIMITED
  | ErrorCode.REQUEST_TOO_LARGE
  | ErrorCode.BAD_REQUEST
  | ErrorCode.CHECK_FAILED
  | ErrorCode.DEPARTMENT_NOT_REGISTERED;

type OutageCode = ErrorCode.DEPARTMENT_UNAVAILABLE | ErrorCode.DATABASE_UNAVAILABLE;

/**
 * An error a caller caused and can fix; its message is shown as written. A GraphQLError, so a
 * resolver throws it as it is; the registry answers the same class over plain HTTP with the code's
 * status. Anything else thrown reaches a caller only as INTERNAL_SERVER_ERROR.
 */
export class ClientError extends GraphQLError {
  constructor(code: ClientErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = "ClientError";
  }

  // A getter, not a field: GraphQL answers are built from `extensions`, which already holds it.
  get code(): ClientErrorCode {
    return this.extensions.code as ClientErrorCode;
  }
}

/** A part of the hub that cannot answer now: not the client's doing, but safe to tell and worth retrying. */
export class UnavailableError extends GraphQLError {
  constructor(code: OutageCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = "UnavailableError";
  }
}

export const badUserInput = (message: string, field?: string) =>
  new ClientError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});

/** A request that cannot be used as sent (the registry: operations that do not parse, a rollback to the live version). */
export const badRequest = (message: string) => new ClientError(ErrorCode.BAD_REQUEST, message);

/**
 * `notFound("Initiative", id)` says `Initiative "<id>" does not exist`; with a sentence alone
 * (`notFound("No supergraph has been published yet.")`) it says that sentence.
 */
export const notFound = (what: string, id?: string) =>
  new ClientError(ErrorCode.NOT_FOUND, id === undefined ? what : `${what} ${JSON.stringify(id)} does not exist`);

/** No identity, or one that could not be trusted. */
export const unauthenticated = (message = "Sign in to do this.") => new ClientError(ErrorCode.UNAUTHENTICATED, message);

/** A known identity without the role this needs. */
export const forbidden = (message = "Your role does not allow this.") => new ClientError(ErrorCode.FORBIDDEN, message);

/** The thing changed since the client read it, or the change would duplicate one already made. */
export const conflict = (message: string) => new ClientError(ErrorCode.CONFLICT, message);

/**
 * A token that cannot be trusted refuses the whole GraphQL request, not one field: Apollo Server
 * answers it with the code's HTTP status (401) instead of 200, and drops `extensions.http`.
 */
export const untrustedIdentity = (message: string) =>
  new ClientError(ErrorCode.UNAUTHENTICATED, message, { http: { status: httpStatusOf(ErrorCode.UNAUTHENTICATED) } });
