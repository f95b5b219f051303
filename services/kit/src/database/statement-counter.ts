import { AsyncLocalStorage } from "node:async_hooks";
import { AbstractLogger, type LogLevel, type LogMessage } from "typeorm";

/** Marks the asynchronous work done on behalf of one GraphQL request (set by the HTTP server). */
export const requestScope = new AsyncLocalStorage<true>();

/**
 * Counts the SQL statements a DataSource sends. The hub's rule is that statements per GraphQL
 * request do not grow with the rows returned; tests read `inRequests` around a request to prove
 * it, which leaves out background work such as the hub's catalog sync running meanwhile. The
 * counts are cheap enough to keep on in production.
 */
export class StatementCounter extends AbstractLogger {
  private total = 0;
  private forRequests = 0;

  /** Every statement sent. */
  get count(): number {
    return this.total;
  }

  /** Statements sent while answering GraphQL requests. */
  get inRequests(): number {
    return this.forRequests;
  }

  override logQuery(): void {
    this.total += 1;
    if (requestScope.getStore()) this.forRequests += 1;
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {
    // Statement text is not logged: it may carry residents' data in its parameters.
  }
}
