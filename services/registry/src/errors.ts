import { type CheckReport } from "@dlhub/schema";
import { describeFailure } from "./checks/report.js";

/** The stable `error.code` values of the registry's HTTP answers; the client and CLI switch on them. */
export enum RegistryErrorCode {
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  BAD_REQUEST = "BAD_REQUEST",
  NOT_FOUND = "NOT_FOUND",
  CHECK_FAILED = "CHECK_FAILED",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

export const REGISTRY_HTTP_STATUS: Record<RegistryErrorCode, number> = {
  [RegistryErrorCode.UNAUTHENTICATED]: 401,
  [RegistryErrorCode.FORBIDDEN]: 403,
  [RegistryErrorCode.BAD_REQUEST]: 400,
  [RegistryErrorCode.NOT_FOUND]: 404,
  [RegistryErrorCode.CHECK_FAILED]: 422,
  [RegistryErrorCode.INTERNAL_SERVER_ERROR]: 500,
};

/**
 * A request the registry refuses for a reason the caller can fix; its message is shown as written.
 * Anything else thrown is a fault of ours and reaches a caller only as INTERNAL_SERVER_ERROR.
 */
export class RegistryRefusal extends Error {
  constructor(
    readonly code: Exclude<RegistryErrorCode, RegistryErrorCode.INTERNAL_SERVER_ERROR>,
    message: string,
  ) {
    super(message);
    this.name = "RegistryRefusal";
  }
}

/** A publish whose checks failed; the report says which and why. */
export class CheckFailed extends RegistryRefusal {
  constructor(readonly report: CheckReport) {
    super(RegistryErrorCode.CHECK_FAILED, describeFailure(report));
    this.name = "CheckFailed";
  }
}

export const badRequest = (message: string) => new RegistryRefusal(RegistryErrorCode.BAD_REQUEST, message);
export const notFound = (message: string) => new RegistryRefusal(RegistryErrorCode.NOT_FOUND, message);
export const unauthenticated = (message: string) => new RegistryRefusal(RegistryErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message: string) => new RegistryRefusal(RegistryErrorCode.FORBIDDEN, message);
