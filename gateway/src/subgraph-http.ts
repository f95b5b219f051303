import http, { type IncomingMessage } from "node:http";
import https from "node:https";

/** What @apollo/gateway's data source passes its fetcher: a JSON POST. */
export interface SubgraphRequestInit {
  method?: string;
  headers?: Record<string, string> | Headers;
  body?: string;
}

/** The part of a fetch Response that @apollo/gateway's data source and our metrics read. */
export interface SubgraphHttpResponse {
  readonly url: string;
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly headers: ResponseHeaders;
  text(): Promise<string>;
  json(): Promise<unknown>;
}

export type SubgraphFetch = (url: string, init?: SubgraphRequestInit) => Promise<SubgraphHttpResponse>;

/** Raised when a subgraph has not answered in time; named as AbortSignal.timeout names its error, which the fetch metrics count as `timeout`. */
class SubgraphTimeoutError extends Error {
  override readonly name = "TimeoutError";
}

/** A response's headers, read straight from Node's parsed (lower-cased) ones: no Headers object per fetch. */
export class ResponseHeaders {
  constructor(private readonly raw: IncomingMessage["headers"]) {}

  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(", ") : value;
  }

  has(name: string): boolean {
    return this.raw[name.toLowerCase()] !== undefined;
  }

  *[Symbol.iterator](): IterableIterator<[string, string]> {
    for (const name of Object.keys(this.raw)) yield [name, this.get(name) as string];
  }
}

class BufferedResponse implements SubgraphHttpResponse {
  readonly ok: boolean;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: ResponseHeaders,
    private readonly body: Buffer,
  ) {
    this.ok = status >= 200 && status < 300;
  }

  async text(): Promise<string> {
    return this.body.toString("utf8");
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.body.toString("utf8"));
  }
}

/**
 * The gateway's client for subgraph requests, on node:http with connections kept alive. Node's
 * fetch (undici) cost a quarter of the gateway's CPU under load (web streams, an abort signal and
 * transferable objects for every subgraph fetch; see bench/gateway/README.md), more than the rest
 * of the request. A subgraph's answer is a small JSON body read whole, so none of that is needed.
 * Every fetch is bounded by `timeoutMs`, from sending to the last byte of the answer.
 * Redirects are not followed: a subgraph answers where the supergraph says it is.
 */
/** How long an idle connection to a subgraph is kept at most: below Node's 5 s server keep-alive. */
export const IDLE_CONNECTION_MS = 4_000;

export function subgraphHttpFetch(timeoutMs: number): SubgraphFetch {
  // Kept-alive connections, each given up while idle before its subgraph would close it. A
  // subgraph closes an idle connection after its keep-alive timeout (Node's servers: 5 s, said in
  // their Keep-Alive header); a request written on it at that moment fails with ECONNRESET, which
  // the coordinator saw as "the hub department is unavailable" on a page opened after a pause.
  // Node 20's agent takes the header's hint only when it has a timeout of its own (it compares
  // the hint with it), so it gets one: idle connections go after IDLE_CONNECTION_MS, or a second
  // before the subgraph's announced timeout when that is sooner. While a request is in flight the
  // socket's timeout only emits an event nobody acts on; `timeoutMs` below bounds a fetch.
  const options = { keepAlive: true, timeout: IDLE_CONNECTION_MS };
  const agents = { "http:": new http.Agent(options), "https:": new https.Agent(options) };
  const targets = new Map<string, URL>();
  return (url, init = {}) =>
    new Promise((resolve, reject) => {
      let target = targets.get(url);
      if (!target) {
        target = new URL(url);
        if (target.protocol !== "http:" && target.protocol !== "https:") return reject(new TypeError(`A subgraph's URL must be http or https: ${target.protocol}`));
        targets.set(url, target);
      }
      const body = init.body ?? "";
      const headers = init.headers instanceof Headers ? Object.fromEntries(init.headers) : { ...init.headers };
      headers["content-length"] = String(Buffer.byteLength(body));
      const transport = target.protocol === "https:" ? https : http;
      let settled = false;
      const settle = (error: Error | null, response?: SubgraphHttpResponse) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (error) {
          request.destroy();
          reject(error);
        } else resolve(response as SubgraphHttpResponse);
      };
      const request = transport.request(target, { method: init.method ?? "POST", headers, agent: agents[target.protocol as "http:" | "https:"] }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("error", (error) => settle(error));
        incoming.on("aborted", () => settle(new Error("the subgraph closed the connection before its answer was complete")));
        incoming.on("end", () => {
          const status = incoming.statusCode ?? 0;
          settle(null, new BufferedResponse(url, status, incoming.statusMessage ?? "", new ResponseHeaders(incoming.headers), Buffer.concat(chunks)));
        });
      });
      const timer = setTimeout(() => settle(new SubgraphTimeoutError(`The subgraph did not answer within ${timeoutMs} ms.`)), timeoutMs);
      request.on("error", (error) => settle(error));
      request.end(body);
    });
}
