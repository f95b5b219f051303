import { type AddressInfo } from "node:net";
import { createServer } from "node:http";

/** One page a feed reader asked for: which feed, after which cursor, and the keys it was given. */
export interface FeedRead {
  path: string;
  after: string | null;
  keys: string[];
}

export interface FeedRecorder {
  /** Where to point the reader instead of the department (same paths). */
  url: string;
  reads: FeedRead[];
  close(): Promise<void>;
}

/**
 * Stands between a feed reader and one department's feeds: forwards every request as it is and
 * writes down what the reader asked for and what it got, so a test can tell exactly which
 * change-log rows a reader read, not only what it ended up with.
 */
export async function recordFeedReads(departmentUrl: string): Promise<FeedRecorder> {
  const reads: FeedRead[] = [];
  const server = createServer((request, response) => {
    const target = new URL(request.url ?? "/", departmentUrl);
    fetch(target)
      .then(async (answer) => {
        const text = await answer.text();
        // Feed pages only: the reader also asks the department's data version on its way.
        const page = answer.ok ? (JSON.parse(text) as { changes?: Record<string, unknown>[] }) : {};
        if (page.changes) {
          const keys = page.changes.map((c) => String(c.initiativeId ?? c.placeId));
          reads.push({ path: target.pathname, after: target.searchParams.get("after"), keys });
        }
        response.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/json" }).end(text);
      })
      .catch((error: unknown) => response.writeHead(502).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    reads,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
