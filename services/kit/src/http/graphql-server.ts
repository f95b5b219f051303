import cluster from "node:cluster";
import { type IncomingMessage, type ServerResponse, createServer, type Server } from "node:http";
import { ApolloServer, type BaseContext, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express, type RequestHandler } from "express";
import { type GraphQLSchema, type ValidationRule } from "graphql";
import { inRequestScope } from "../database/statement-counter.js";
import { maskError } from "../errors.js";
import { type Logger } from "../logger.js";
import { type ServiceObservability, observeService } from "../observability/observe-service.js";
import { compiledExecution } from "./compiled-execution.js";
import { GRAPHQL_PATH, graphqlPost, isPlainGraphqlPost } from "./graphql-post.js";
import { listenOn } from "./listen.js";
import { knownOperationTypes } from "./operation-types.js";
import { requestErrorHandler, unknownRoute } from "./request-errors.js";

export interface GraphqlServerOptions<Context extends BaseContext> {
  schema?: GraphQLSchema;
  /** For the gateway, which brings its own executor instead of a schema. */
  apollo?: (shared: SharedServerOptions<Context>) => ApolloServer<Context>;
  /** Reads the request's headers only: a plain POST reaches it without Express (graphql-post.ts). */
  context: (request: IncomingMessage) => Promise<Context>;
  /**
   * Whether the service can answer now (its database, its supergraph); an object adds what it
   * serves to /ready's answer (the gateway's supergraph version).
   */
  ready: () => Promise<boolean | ({ ready: boolean } & Record<string, unknown>)>;
  logger: Logger;
  /** Extra routes mounted before /graphql (the gateway's explorer). */
  routes?: (app: Express) => void;
  /** The largest request body accepted, in bytes (100 kB unless told). */
  bodyLimitBytes?: number;
  /**
   * Plain POSTs to /graphql (graphql-post.ts) answered before Express, for a server whose routes
   * add nothing to /graphql: every subgraph, not the gateway (CORS, its rate limit and trusted
   * documents are Express middleware there).
   */
  directPosts?: boolean;
  /** The service's name on its spans, and its metrics (served at /metrics). */
  observability?: ServiceObservability;
  /**
   * Marks each request's work for the statement counter (default true). A service without a
   * database (the gateway) turns it off: the scope's async hooks cost every promise it makes.
   */
  countStatements?: boolean;
}

/** What every server of the hub is configured with, whoever constructs it. */
export interface SharedServerOptions<Context extends BaseContext> {
  plugins: ApolloServerPlugin<Context>[];
  formatError: NonNullable<ConstructorParameters<typeof ApolloServer<Context>>[0]["formatError"]>;
  includeStacktraceInErrorResponses: false;
  validationRules: ValidationRule[];
}

export interface GraphqlServer {
  app: Express;
  httpServer: Server;
  apollo: ApolloServer<BaseContext>;
}

/**
 * The HTTP face shared by every subgraph and the gateway: POST /graphql, GET /health (the process
 * is up) and GET /ready (it can serve). It builds the server but never listens; `listen()` does,
 * so tests and the local hub choose ports and every entry point is exercised the same way.
 */
export async function createGraphqlServer<Context extends BaseContext>(
  options: GraphqlServerOptions<Context>,
): Promise<GraphqlServer> {
  const app = express();
  app.disable("x-powered-by");
  // Express hashes every body it sends for an ETag (sha1 of a catalog page's 13 KB: ~1% of its
  // CPU); GraphQL answers are POSTed and never revalidated. Files sent (the console's page) are
  // still revalidated by their Last-Modified.
  app.set("etag", false);
  let direct: ((request: IncomingMessage, response: ServerResponse) => void) | undefined;
  const httpServer = createServer((request, response) => {
    if (direct && isPlainGraphqlPost(request)) direct(request, response);
    else app(request, response);
  });
  const observed = observeService<Context>(app, options.observability);
  const plugins: ApolloServerPlugin<Context>[] = [
    ...observed.plugins,
    ApolloServerPluginDrainHttpServer({ httpServer }),
    ApolloServerPluginLandingPageDisabled(),
    // Traces would go to Apollo's hosted studio, which the hub does not use.
    ApolloServerPluginInlineTraceDisabled(),
    // Apollo's cache-control plugin, installed unless disabled, wraps every field resolver to
    // collect cache hints; nothing here sets or reads them, and the wrapping was a visible share
    // of a catalog page's CPU.
    ApolloServerPluginCacheControlDisabled(),
  ];
  const shared: SharedServerOptions<Context> = {
    plugins,
    formatError: (formatted, original) =>
      maskError(formatted, original, (error) => options.logger.error({ err: error }, "unexpected error")),
    includeStacktraceInErrorResponses: false,
    validationRules: [knownOperationTypes],
  };
  const apollo = options.apollo
    ? options.apollo(shared)
    : new ApolloServer<Context>({ ...shared, gateway: compiledExecution(options.schema as GraphQLSchema) });
  await apollo.start();

  // A node:cluster worker names itself: which process answered is what its liveness is about.
  const worker = cluster.isWorker ? { worker: process.pid } : {};
  app.get("/health", (_request, response) => {
    response.json({ status: "ok", ...worker });
  });
  app.get("/ready", async (_request, response) => {
    const answer = await options.ready().catch(() => false);
    const { ready, ...details } = typeof answer === "boolean" ? { ready: answer } : answer;
    response.status(ready ? 200 : 503).json({ status: ready ? "ready" : "unavailable", ...details, ...worker });
  });
  options.routes?.(app);
  const scope: RequestHandler[] = options.countStatements === false ? [] : [(_request, _response, next) => inRequestScope(next)];
  const limitBytes = options.bodyLimitBytes ?? 100 * 1024;
  app.use(GRAPHQL_PATH, ...scope, express.json({ limit: limitBytes }), expressMiddleware(apollo, { context: ({ req }) => options.context(req) }));
  if (options.directPosts) direct = graphqlPost({ apollo, context: options.context, limitBytes, before: [...observed.handlers, ...scope], logger: options.logger });
  app.use(unknownRoute);
  app.use(requestErrorHandler(options.logger));
  return { app, httpServer, apollo: apollo as unknown as ApolloServer<BaseContext> };
}

/** Listens on `port` (0: any free port) and returns the bound port. */
export function listen(server: GraphqlServer, port: number, host = "127.0.0.1"): Promise<number> {
  return listenOn(server.httpServer, port, host);
}

/** Stops accepting requests, lets in-flight ones finish (the drain plugin), then closes. */
export async function close(server: GraphqlServer): Promise<void> {
  await server.apollo.stop();
  if (server.httpServer.listening) {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
