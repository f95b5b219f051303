import { ClientError } from "@dlhub/schema";
import { type ServiceMetrics } from "@dlhub/subgraph-kit";
import { type Request, type RequestHandler, type Response } from "express";

/** What a publish or check route answered: its outcome, for the count. */
type CountedHandler = (request: Request, response: Response) => Promise<string>;

/**
 * Publishes and checks by outcome: a publish is `published`, `unchanged` (the same SDL and URL
 * again) or refused with the refusal's code (CHECK_FAILED, FORBIDDEN, UNAUTHENTICATED,
 * BAD_REQUEST…); a check `passed`, `failed` or refused likewise.
 */
export class RegistryMetrics {
  private readonly publishes;
  private readonly checks;

  /** Without metrics (DLHUB_METRICS=off) the routes are only wrapped, nothing is counted. */
  constructor(metrics: ServiceMetrics | undefined) {
    this.publishes = metrics?.counter({
      name: "dlhub_registry_publishes_total",
      help: "Subgraph publishes, by outcome: published, unchanged, or the code of the refusal.",
      labelNames: ["outcome"] as const,
    });
    this.checks = metrics?.counter({
      name: "dlhub_registry_checks_total",
      help: "Subgraph checks, by outcome: passed, failed, or the code of the refusal.",
      labelNames: ["outcome"] as const,
    });
  }

  publish(handler: CountedHandler): RequestHandler {
    return counted(handler, (outcome) => this.publishes?.inc({ outcome }));
  }

  check(handler: CountedHandler): RequestHandler {
    return counted(handler, (outcome) => this.checks?.inc({ outcome }));
  }
}

/** A route handler whose outcome is counted, a refusal by its code; the error goes on to the error handler. */
function counted(handler: CountedHandler, count: (outcome: string) => void): RequestHandler {
  return async (request, response) => {
    try {
      count(await handler(request, response));
    } catch (error) {
      count(error instanceof ClientError ? error.code : "INTERNAL_SERVER_ERROR");
      throw error;
    }
  };
}
