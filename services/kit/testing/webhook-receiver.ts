import { type IncomingHttpHeaders, createServer } from "node:http";
import { listenOn } from "@dlhub/subgraph-kit";

/** One POST as the receiver got it: the raw body is what a signature is checked against. */
export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** What the receiver answered it with. */
  status: number;
}

export interface WebhookReceiver {
  /** Where to subscribe; a path may be added to tell subscriptions apart (`${url}/a`). */
  url: string;
  received: ReceivedWebhook[];
  /** The next `count` requests are answered with `status` (e.g. 500), then 204 again. */
  failNext(count: number, status?: number): void;
  stop(): Promise<void>;
}

/**
 * A webhook receiver in the test process: records every request and answers 204, or the status
 * a test asks for, so retries can be seen to happen. Verifying is left to the test, with the
 * sample verifier a department would use.
 */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const failures: number[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const status = failures.shift() ?? 204;
      received.push({ path: request.url ?? "/", headers: request.headers, body: Buffer.concat(chunks).toString("utf8"), status });
      response.writeHead(status).end();
    });
  });
  const port = await listenOn(server, 0, "127.0.0.1");
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    failNext: (count, status = 500) => failures.push(...Array<number>(count).fill(status)),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
