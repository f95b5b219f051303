import { ErrorCode, httpStatusOf } from "@dlhub/schema";
import { type Express } from "express";
import { type DataSource } from "typeorm";
import { type Logger } from "../logger.js";
import { readDataVersion } from "./data-version.js";

export const DATA_VERSION_PATH = "/data-version";

/**
 * `GET /data-version`: `{ "version": "<decimal>" }`, the subgraph's data version (data-version.ts),
 * polled by the gateway's response cache. Like the change feeds, a channel between services
 * outside the graph; it says only that something changed, never what.
 */
export function mountDataVersion(app: Express, dataSource: DataSource, logger: Logger): void {
  app.get(DATA_VERSION_PATH, async (_request, response) => {
    try {
      response.set("cache-control", "no-store").json({ version: await readDataVersion(dataSource) });
    } catch (error) {
      logger.error({ err: error }, "the data version could not be read");
      response.status(httpStatusOf(ErrorCode.INTERNAL_SERVER_ERROR)).json({ error: { code: ErrorCode.INTERNAL_SERVER_ERROR, message: "Internal server error" } });
    }
  });
}
