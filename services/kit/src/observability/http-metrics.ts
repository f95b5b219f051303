import { performance } from "node:perf_hooks";
import { type Request, type RequestHandler } from "express";
import { type ServiceMetrics } from "./metrics.js";

/**
 * Counts and times every HTTP request by method, route and status, including those refused before
 * GraphQL sees them (rate limit, body too large, malformed JSON) and the registry's routes. Mounted
 * first, so it sees them all.
 */
export function httpMetrics(metrics: ServiceMetrics): RequestHandler {
  const requests = metrics.counter({
    name: "dlhub_http_requests_total",
    help: "HTTP requests answered, by method, route and status.",
    labelNames: ["method", "route", "status"] as const,
  });
  const duration = metrics.histogram({
    name: "dlhub_http_request_duration_seconds",
    help: "Time to answer an HTTP request, by method and route.",
    labelNames: ["method", "route"] as const,
  });
  return (request, response, next) => {
    const started = performance.now();
    response.once("finish", () => {
      const labels = { method: request.method, route: routeOf(request) };
      requests.inc({ ...labels, status: String(response.statusCode) });
      duration.observe(labels, (performance.now() - started) / 1000);
    });
    next();
  };
}

/**
 * The route's pattern (`/subgraphs/:name/publish`), never the path a caller typed, so the series
 * stay as few as the routes; `/graphql` and the other mounted apps by their mount point.
 */
function routeOf(request: Request): string {
  const route = (request.route as { path?: unknown } | undefined)?.path;
  if (typeof route === "string") return `${request.baseUrl}${route}`;
  return request.baseUrl || "other";
}
