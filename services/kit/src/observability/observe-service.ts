import { type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import { type Express } from "express";
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
 * the Apollo plugin counting its GraphQL requests (returned, for the server's plugins).
 */
export function observeService<Context extends BaseContext>(app: Express, options: ServiceObservability | undefined): ApolloServerPlugin<Context>[] {
  if (!options) return [];
  observeHttp(app, options);
  return options.metrics ? [graphqlMetricsPlugin(options.metrics) as ApolloServerPlugin<Context>] : [];
}

/** The HTTP part alone, for a service that answers no GraphQL (the registry). */
export function observeHttp(app: Express, options: ServiceObservability): void {
  if (tracingStarted()) app.use(serviceScope(options.service));
  if (!options.metrics) return;
  app.use(httpMetrics(options.metrics));
  mountMetrics(app, options.metrics);
}
