import { AbstractLogger, type LogLevel, type LogMessage } from "typeorm";

/**
 * Counts the SQL statements a DataSource sends. The hub's rule is that statements per GraphQL
 * request do not grow with the rows returned; tests read this counter around a request to prove
 * it, and the count is cheap enough to keep on in production.
 */
export class StatementCounter extends AbstractLogger {
  private total = 0;

  get count(): number {
    return this.total;
  }

  override logQuery(): void {
    this.total += 1;
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {
    // Statement text is not logged: it may carry residents' data in its parameters.
  }
}
