import { type IncomingMessage, type ServerResponse } from "node:http";
import { type ApolloServer, type BaseContext, HeaderMap } from "@apollo/server";
import { type RequestHandler } from "express";
import { type Logger } from "../logger.js";
import { type HttpError, refusal } from "./request-errors.js";

export const GRAPHQL_PATH = "/graphql";

export interface GraphqlPostOptions<Context extends BaseContext> {
  apollo: ApolloServer<Context>;
  context: (request: IncomingMessage) => Promise<Context>;
  limitBytes: number;
  /** What Express runs before /graphql for this server (its observers, the statement scope), run here in the same order. */
  before: RequestHandler[];
  logger: Logger;
}

/**
 * Whether a request is the kind answered straight from Node's request (graphqlPost): POST /graphql
 * with a JSON body in UTF-8, neither compressed nor with a query string: every query a
 * gateway or client sends a subgraph. Anything else goes through Express as before (GET, another
 * body type, a charset or encoding body-parser would handle or refuse), so its answer is unchanged.
 */
export function isPlainGraphqlPost(request: IncomingMessage): boolean {
  if (request.method !== "POST" || request.url !== GRAPHQL_PATH) return false;
  // Without a body, body-parser leaves none for Apollo Server to refuse.
  if (request.headers["transfer-encoding"] === undefined && request.headers["content-length"] === undefined) return false;
  const encoding = request.headers["content-encoding"];
  if (encoding !== undefined && encoding.toLowerCase() !== "identity") return false;
  const type = request.headers["content-type"]?.toLowerCase().replace(/\s+/g, "");
  return type === "application/json" || type === "application/json;charset=utf-8";
}

/**
 * Answers a plain POST /graphql (isPlainGraphqlPost) without Express: its router, the JSON body
 * parser and Apollo's Express integration were ~11 % of the hub's CPU per catalog page outside the
 * socket write (bench/gateway/README.md, "6 December, morning"), a share every department pays on
 * every query.
 * The answer is Express's to the byte: the same body limit and JSON rules as `express.json`
 * (strict: an object or an array; an empty body is `{}`), the same refusals (request-errors.ts),
 * the same request to Apollo Server as `expressMiddleware` builds; graphql-post.test.ts compares
 * the two paths.
 */
export function graphqlPost<Context extends BaseContext>(options: GraphqlPostOptions<Context>): (request: IncomingMessage, response: ServerResponse) => void {
  const { apollo, logger } = options;
  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readJson(request, options.limitBytes);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const answered = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: "POST", headers, search: "", body },
      context: () => options.context(request),
    });
    for (const [key, value] of answered.headers) response.setHeader(key, value);
    response.statusCode = answered.status ?? 200;
    if (answered.body.kind === "complete") {
      response.setHeader("content-length", Buffer.byteLength(answered.body.string));
      response.end(answered.body.string);
      return;
    }
    for await (const chunk of answered.body.asyncIterator) response.write(chunk);
    response.end();
  };
  return (request, response) => {
    // The metrics' route label, which Express's mount at /graphql would set.
    (request as IncomingMessage & { baseUrl?: string }).baseUrl = GRAPHQL_PATH;
    runInTurn(options.before, request, response, () => {
      answer(request, response).catch((error: HttpError) => refuse(error, response, logger));
    });
  };
}

/** Calls Express-style handlers one inside the other, as Express does, then `last`. */
function runInTurn(handlers: RequestHandler[], request: IncomingMessage, response: ServerResponse, last: () => void): void {
  const [first, ...rest] = handlers;
  if (!first) return last();
  first(request as never, response as never, () => runInTurn(rest, request, response, last));
}

/** As requestErrorHandler answers an error Express or the body parser raised. */
function refuse(error: HttpError, response: ServerResponse, logger: Logger): void {
  const { status, body } = refusal(error);
  if (status >= 500) logger.error({ err: error }, "unexpected error outside GraphQL");
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const text = JSON.stringify(body);
  response.statusCode = status;
  response.setHeader("content-type", "application/json; charset=utf-8");
  response.setHeader("content-length", Buffer.byteLength(text));
  response.end(text);
}

/** The body as `express.json` reads it, with its errors' `type` and `status` (what refusal reads). */
function readJson(request: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(request.headers["content-length"]);
  // Refused unread, as body-parser does; Node discards the rest once the answer is sent.
  if (declared > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const fail = (error: HttpError) => {
      request.off("data", take);
      request.off("end", end);
      reject(error);
    };
    const take = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) fail(tooLarge(limit));
      else chunks.push(chunk);
    };
    const end = () => {
      try {
        resolve(parseStrict(Buffer.concat(chunks, size).toString("utf8")));
      } catch {
        reject(Object.assign(new Error("The request body is not valid JSON."), { status: 400, type: "entity.parse.failed" }));
      }
    };
    request.on("data", take);
    request.on("end", end);
    request.once("error", () => fail(Object.assign(new Error("The request could not be read."), { status: 400, type: "request.aborted" })));
  });
}

const tooLarge = (limit: number): HttpError => Object.assign(new Error("request entity too large"), { status: 413, type: "entity.too.large", limit });

/** body-parser's strict JSON: nothing is `{}`; anything but an object or an array is refused; a byte-order mark is dropped, as its decoder drops it. */
function parseStrict(read: string): unknown {
  const text = read.charCodeAt(0) === 0xfeff ? read.slice(1) : read;
  if (text.length === 0) return {};
  const first = /^[\x20\x09\x0a\x0d]*(.)/.exec(text)?.[1];
  if (first !== "{" && first !== "[") throw new SyntaxError("not an object or an array");
  return JSON.parse(text);
}
