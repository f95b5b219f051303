import { type InitiativeContract } from "@dlhub/schema";
import { type Express } from "express";
import { type DataSource } from "typeorm";
import { ErrorCode } from "../errors.js";
import { type Logger } from "../logger.js";
import { MAX_FEED_PAGE, type InitiativeFeedSource, readInitiativeFeed } from "./initiative-feed.js";

export const FEED_PATH = "/initiative-feed";

/**
 * `GET /initiative-feed?after=<cursor>&limit=<n>`: the department's change feed, read by the hub.
 * Plain JSON over HTTP, outside the graph: it is a replication channel between services, not a
 * question anyone asks the coordinator's graph.
 */
export function mountInitiativeFeed(app: Express, source: InitiativeFeedSource<InitiativeContract>, db: DataSource, logger: Logger): void {
  app.get(FEED_PATH, async (request, response) => {
    const after = typeof request.query.after === "string" && request.query.after !== "" ? request.query.after : null;
    const limit = request.query.limit === undefined ? 200 : Number(request.query.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_FEED_PAGE) {
      response.status(400).json({ error: { code: ErrorCode.BAD_USER_INPUT, message: `limit must be 1 to ${MAX_FEED_PAGE}` } });
      return;
    }
    try {
      response.json(await readInitiativeFeed(source, db, after, limit));
    } catch (error) {
      if (error instanceof RangeError) {
        response.status(400).json({ error: { code: ErrorCode.BAD_USER_INPUT, message: "after is not a feed cursor" } });
        return;
      }
      logger.error({ err: error }, "initiative feed failed");
      response.status(500).json({ error: { code: ErrorCode.INTERNAL_SERVER_ERROR, message: "Internal server error" } });
    }
  });
}
