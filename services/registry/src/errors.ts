import { type CheckReport, ClientError, ErrorCode } from "@dlhub/schema";
import { describeFailure } from "./checks/report.js";

/**
 * A publish whose checks failed; the report says which and why. The registry's other refusals are
 * the hub's own `ClientError`s (`badRequest`, `notFound`, `unauthenticated`, `forbidden` from
 * @dlhub/schema), answered with their code's HTTP status.
 */
export class CheckFailed extends ClientError {
  constructor(readonly report: CheckReport) {
    super(ErrorCode.CHECK_FAILED, describeFailure(report));
    this.name = "CheckFailed";
  }
}
