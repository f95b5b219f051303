import express, { type Express, type Request } from "express";
import { z } from "zod";
import { type IdentityVerifier, notFound } from "@dlhub/schema";
import { type ServiceMetrics, observeHttp } from "@dlhub/subgraph-kit";
import { assertAllowed, authenticate, mayAdminister, mayCheck, mayPublish, mayReportUsage } from "./authorization.js";
import { answerErrors, unknownRoute } from "./http-errors.js";
import { clientName, operationList, parseInput, rollbackInput, subgraphInput, subgraphName } from "./inputs.js";
import { RegistryMetrics } from "./metrics.js";
import { mountPersistedDocuments } from "./persisted-documents.js";
import { type Registry } from "./registry.js";
import { webhookRoutes } from "./webhooks/routes.js";
import { departmentRoutes } from "./departments/index.js";

export interface RegistryAppOptions {
  registry: Registry;
  verifier: IdentityVerifier;
  /** Where unexpected errors go before the caller gets a bare INTERNAL_SERVER_ERROR. */
  onError?: (error: unknown) => void;
  /** Served at /metrics, publishes and checks counted; none when metrics are off. */
  metrics?: ServiceMetrics;
}

/**
 * A version number in a URL: digits only, so "2.5", "1e3" or "0x10" are refused rather than
 * coerced into some other version, and no larger than the column holds.
 */
const supergraphVersionNumber = z
  .string()
  .regex(/^\d{1,10}$/, "must be a positive whole number")
  .transform(Number)
  .pipe(z.number().int().min(1, "must be a positive whole number").max(2_147_483_647, "is too large"));

/** `?from=<version>&to=<version>`, each a version number as in a URL path. */
const supergraphDiffQuery = z.object({ from: supergraphVersionNumber, to: supergraphVersionNumber });

/** Larger than any department's SDL by far; a guard against mistakes, not a quota. */
const BODY_LIMIT = "2mb";

/**
 * The registry's HTTP API (JSON throughout). Builds the app and never listens: `startRegistry`
 * does, and tests start it on port 0.
 */
export function createRegistryApp({ registry, verifier, onError = (error) => console.error(error), metrics }: RegistryAppOptions): Express {
  const app = express();
  app.disable("x-powered-by");
  observeHttp(app, { service: "registry", metrics });
  const counts = new RegistryMetrics(metrics);
  // The supergraph's ETag is its version, set below; express's body-hash ETags would cost a hash per poll.
  app.set("etag", false);
  app.use(express.json({ limit: BODY_LIMIT }));
  const identify = (request: Request) => authenticate(request.get("authorization"), verifier);
  const nameOf = (request: Request) => parseInput(subgraphName, request.params.name, "subgraph name");

  app.get("/health", (_request, response) => {
    response.json({ status: "ok" });
  });

  app.get("/ready", async (_request, response) => {
    const ready = await registry.ready();
    response.status(ready ? 200 : 503).json({ status: ready ? "ready" : "database unavailable" });
  });

  app.get("/subgraphs", async (_request, response) => {
    response.json({ subgraphs: await registry.live() });
  });

  app.get("/subgraphs/:name/versions", async (request, response) => {
    response.json({ versions: await registry.subgraphHistory(nameOf(request)) });
  });

  app.post("/subgraphs/:name/check", counts.check(async (request, response) => {
    const identity = await identify(request);
    assertAllowed(mayCheck(identity, request.params.name as string), `Checking the ${request.params.name} subgraph needs its publisher's or the coordinator's token.`);
    const input = parseInput(subgraphInput, request.body, "subgraph");
    const report = await registry.check(nameOf(request), input);
    response.json({ report });
    return report.ok ? "passed" : "failed";
  }));

  app.post("/subgraphs/:name/publish", counts.publish(async (request, response) => {
    const identity = await identify(request);
    assertAllowed(mayPublish(identity, request.params.name as string), `Only the ${request.params.name} department's publisher may publish its subgraph.`);
    const input = parseInput(subgraphInput, request.body, "subgraph");
    const result = await registry.publish(nameOf(request), input, identity);
    response.json(result);
    return result.unchanged ? "unchanged" : "published";
  }));

  // Polled every second by every gateway: an unchanged supergraph costs one indexed query and a 304.
  // /supergraph answers the version with its record (DL Hub's gateway, Hive Gateway); /supergraph.graphql
  // the SDL alone as text, which is what a Router-class gateway fetches from a supergraph URL.
  const serveSupergraph = (send: (response: express.Response, current: NonNullable<Awaited<ReturnType<Registry["supergraph"]>>>) => void) =>
    async (request: express.Request, response: express.Response) => {
      const current = await registry.supergraph();
      if (!current) throw notFound("No supergraph has been published yet.");
      const etag = `"${current.version}"`;
      response.set({ ETag: etag, "Cache-Control": "no-cache" });
      if (matchesEtag(request.get("if-none-match"), etag)) {
        response.status(304).end();
        return;
      }
      send(response, current);
    };
  app.get("/supergraph", serveSupergraph((response, current) => response.json(current)));
  app.get("/supergraph.graphql", serveSupergraph((response, current) => response.type("text/plain").send(current.sdl)));

  app.get("/supergraph/history", async (_request, response) => {
    response.json({ versions: await registry.supergraphHistory() });
  });

  app.get("/supergraph/versions/:version", async (request, response) => {
    const version = parseInput(supergraphVersionNumber, request.params.version, "supergraph version");
    response.json(await registry.supergraphVersion(version));
  });

  app.post("/supergraph/rollback", async (request, response) => {
    const identity = await identify(request);
    assertAllowed(mayAdminister(identity), "Only the coordinator may roll the supergraph back.");
    const { version } = parseInput(rollbackInput, request.body, "rollback");
    response.json({ supergraph: await registry.rollback(version, identity) });
  });

  app.put("/operations/:client", async (request, response) => {
    const identity = await identify(request);
    assertAllowed(mayAdminister(identity), "Only the coordinator may register saved operations.");
    const client = parseInput(clientName, request.params.client, "client name");
    const { operations } = parseInput(operationList, request.body, "operations");
    response.json({ operations: await registry.registerOperations(client, operations, identity) });
  });

  app.get("/operations", async (_request, response) => {
    response.json({ operations: await registry.operations() });
  });

  app.delete("/subgraphs/:name", async (request, response) => {
    const identity = await identify(request);
    assertAllowed(mayAdminister(identity), "Only the coordinator may delete a subgraph.");
    response.json(await registry.deleteSubgraph(nameOf(request), identity));
  });

  app.get("/supergraph/diff", async (request, response) => {
    const { from, to } = parseInput(supergraphDiffQuery, request.query, "supergraph diff");
    response.json(await registry.supergraphDiff(from, to));
  });

  app.use(webhookRoutes(registry.webhooks, identify));
  mountPersistedDocuments(app, (knownTags) => registry.persistedDocuments(knownTags));

  app.post("/usage", async (request, response) => {
    assertAllowed(mayReportUsage(await identify(request)), "Only a DL Hub service token (the gateway's) may report usage.");
    response.json({ recorded: await registry.recordUsage(request.body) });
  });

  app.get("/usage", async (request, response) => {
    response.json(await registry.usage(request.query as { days?: string; subgraph?: string }));
  });

  app.use(departmentRoutes(registry.departments, identify));

  app.use(unknownRoute);
  app.use(answerErrors(onError));
  return app;
}

/** `If-None-Match` may list several tags, weak ones (W/"3"), or `*`. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => {
    const trimmed = tag.trim();
    return trimmed === "*" || trimmed.replace(/^W\//, "") === etag;
  });
}
