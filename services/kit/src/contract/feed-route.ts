import { ErrorCode, httpStatusOf } from "@dlhub/schema";
import { type Express } from "express";
import { type Logger } from "../logger.js";
import { MAX_FEED_PAGE } from "./initiative-feed.js";

export const FEED_PATH = "/initiative-feed";
export const PLACE_FEED_PATH = "/place-feed";

/** Reads one page of a feed after a cursor; throws RangeError for a cursor it did not issue. */
export type ReadFeed = (after: string | null, limit: number) => Promise<unknown>;

/**
 * `GET <path>?after=<cursor>&limit=<n>`: one of the department's change feeds (initiatives,
 * places), read by the hub. Plain JSON over HTTP, outside the graph: a replication channel
 * between services, not a question anyone asks the coordinator's graph.
 */
export function mountFeed(app: Express, path: string, read: ReadFeed, logger: Logger): void {
  app.get(path, async (request, response) => {
    const after = typeof request.query.after === "string" && request.query.after !== "" ? request.query.after : null;
    const limit = request.query.limit === undefined ? 200 : Number(request.query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_FEED_PAGE) {
      response.status(httpStatusOf(ErrorCode.BAD_USER_INPUT)).json({ error: { code: ErrorCode.BAD_USER_INPUT, message: `limit must be 1 to ${MAX_FEED_PAGE}` } });
      return;
    }
    try {
      response.json(await read(after, limit));
    } catch (error) {
      if (error instanceof RangeError) {
        response.status(httpStatusOf(ErrorCode.BAD_USER_INPUT)).json({ error: { code: ErrorCode.BAD_USER_INPUT, message: "after is not a feed cursor" } });
        return;
      }
      logger.error({ err: error, feed: path }, "change feed failed");
      response.status(httpStatusOf(ErrorCode.INTERNAL_SERVER_ERROR)).json({ error: { code: ErrorCode.INTERNAL_SERVER_ERROR, message: "Internal server error" } });
    }
  });
}
