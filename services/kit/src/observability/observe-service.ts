import { type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import { type Express, type RequestHandler } from "express";
import { graphqlMetricsPlugin } from "./graphql-metrics.js";
import { httpMetrics } from "./http-metrics.js";
import { type ServiceMetrics, mountMetrics } from "./metrics.js";
import { serviceScope, tracingStarted } from "./service-scope.js";

export interface ServiceObservability {
  /** The service's name, on its spans (`dlhub.service`). */
  service: string;
  /** Absent when metrics are off. */
  metrics?: ServiceMetrics;
}

/**
 * What every GraphQL service (department, hub, gateway) shows of itself, mounted on its app
 * before any other route: its spans marked as its own, its HTTP requests counted, /metrics; and
 * the Apollo plugin counting its GraphQL requests. Returns the plugins, for the server's, and the
 * handlers mounted, for a route answered before Express (graphql-post.ts) to run too.
 */
export function observeService<Context extends BaseContext>(
  app: Express,
  options: ServiceObservability | undefined,
): { plugins: ApolloServerPlugin<Context>[]; handlers: RequestHandler[] } {
  if (!options) return { plugins: [], handlers: [] };
  const handlers = observeHttp(app, options);
  return { plugins: options.metrics ? [graphqlMetricsPlugin(options.metrics) as ApolloServerPlugin<Context>] : [], handlers };
}

/** The HTTP part alone, for a service that answers no GraphQL (the registry); returns the handlers it mounted. */
export function observeHttp(app: Express, options: ServiceObservability): RequestHandler[] {
  const handlers = [...(tracingStarted() ? [serviceScope(options.service)] : []), ...(options.metrics ? [httpMetrics(options.metrics)] : [])];
  if (handlers.length > 0) app.use(...handlers);
  if (options.metrics) mountMetrics(app, options.metrics);
  return handlers;
}
