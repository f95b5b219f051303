import { AsyncLocalStorage } from "node:async_hooks";
import { AbstractLogger, type LogLevel, type LogMessage } from "typeorm";

/** Marks the asynchronous work done on behalf of one GraphQL request (set by the HTTP server). */
const requestScope = new AsyncLocalStorage<true>();

/** Whether anything has read a per-request count, so requests must be marked from now on. */
let countsWanted = false;

/**
 * Runs one request's work inside the request scope once a per-request count has been read (a
 * test, the bench), and plainly until then. The scope's async hooks touch every promise the
 * request makes: about 5% of a catalog page's CPU, which production, reading no count, is spared.
 */
export function inRequestScope(next: () => void): void {
  if (countsWanted) requestScope.run(true, next);
  else next();
}

/**
 * Counts the SQL statements a DataSource sends. The hub's rule is that statements per GraphQL
 * request do not grow with the rows returned; tests read `inRequests` around a request to prove
 * it, which leaves out background work such as the hub's catalog sync running meanwhile. The
 * total is kept always; requests are told apart from the first read of `inRequests` on.
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
    countsWanted = true;
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
