import { createHash } from "node:crypto";
import { Client } from "pg";
import { type DataSource } from "typeorm";
import { type Logger } from "../logger.js";

export interface LeadershipOptions {
  /** The database whose advisory lock elects the leader: every copy names the same one. */
  database: DataSource | string;
  /** What is led, e.g. `catalog sync`: it names the lock, so copies of one singleton share it, and the log. */
  name: string;
  /** Begins the work once this copy leads. */
  start(): Promise<void> | void;
  /** Ends the work when this copy stops leading; it must not return before the work has stopped. */
  stop(): Promise<void>;
  logger: Logger;
  /** How often a follower asks for the lead, and the leader checks it still holds it. Default 2 s. */
  retryMs?: number;
}

export interface Leadership {
  /** Whether this copy leads now. */
  readonly leading: boolean;
  /** Stops the work if this copy leads, gives up the lead and stops asking for it. */
  stop(): Promise<void>;
}

/**
 * Runs a singleton's work (the hub's catalog sync) in exactly one of several copies of a service
 * that share one PostgreSQL database. Each copy keeps one session of its own and asks for a
 * session-level advisory lock on it (`pg_try_advisory_lock`) every `retryMs`; the copy that holds
 * it does the work. PostgreSQL releases the lock the moment that session ends, so when the
 * leader's process dies another copy takes over at its next try. Resolves after the first try.
 */
export async function runWhileLeader(options: LeadershipOptions): Promise<Leadership> {
  const leadership = new AdvisoryLeadership(options);
  await leadership.begin();
  return leadership;
}

type LeadershipState = "following" | "leading" | "stopped";

class AdvisoryLeadership implements Leadership {
  private state: LeadershipState = "following";
  private session: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopping: Promise<void> | null = null;
  /** Tries, checks and step-downs run one at a time, in order. */
  private turn: Promise<void> = Promise.resolve();
  private readonly key: string;
  private readonly url: string;
  private readonly retryMs: number;

  constructor(private readonly options: LeadershipOptions) {
    this.key = lockKey(options.name);
    this.url = typeof options.database === "string" ? options.database : urlOf(options.database);
    this.retryMs = options.retryMs ?? 2000;
  }

  get leading(): boolean {
    return this.state === "leading";
  }

  async begin(): Promise<void> {
    await this.serially(() => this.tryToLead());
    if (this.state === "following") this.options.logger.info(`another copy leads the ${this.options.name}; this one takes over if that one stops`);
    this.schedule();
  }

  stop(): Promise<void> {
    this.stopping ??= (async () => {
      if (this.timer) clearTimeout(this.timer);
      await this.serially(async () => {
        await this.stepDown("shutting down");
        this.state = "stopped";
        await this.closeSession();
      });
    })();
    return this.stopping;
  }

  private schedule(): void {
    if (this.stopping) return;
    this.timer = setTimeout(() => {
      void this.serially(() => (this.state === "leading" ? this.checkStillLeading() : this.tryToLead())).then(() => this.schedule());
    }, this.retryMs);
  }

  private serially(work: () => Promise<void>): Promise<void> {
    const next = this.turn.then(work);
    this.turn = next.catch(() => undefined);
    return next;
  }

  private async tryToLead(): Promise<void> {
    if (this.stopping) return;
    try {
      const session = this.session ?? (await this.openSession());
      const { rows } = await session.query<{ held: boolean }>("SELECT pg_try_advisory_lock($1::bigint) AS held", [this.key]);
      if (!rows[0]?.held) return;
    } catch (error) {
      this.options.logger.warn({ err: messageOf(error) }, `could not ask for the lead of the ${this.options.name}; retrying`);
      this.dropSession();
      return;
    }
    this.state = "leading";
    this.options.logger.info(`leading the ${this.options.name}`);
    try {
      await this.options.start();
    } catch (error) {
      this.options.logger.error({ err: messageOf(error) }, `could not start the ${this.options.name}; giving up the lead`);
      await this.stepDown("its work failed to start");
      this.dropSession();
    }
  }

  /** A leader whose session no longer answers may have lost the lock already: it stops at once. */
  private async checkStillLeading(): Promise<void> {
    try {
      if (!this.session) throw new Error("no database session");
      await this.session.query("SELECT 1");
    } catch (error) {
      this.dropSession();
      await this.stepDown(`its database session failed (${messageOf(error)})`);
    }
  }

  private async stepDown(reason: string): Promise<void> {
    if (this.state !== "leading") return;
    this.state = "following";
    const log = reason === "shutting down" ? this.options.logger.info.bind(this.options.logger) : this.options.logger.warn.bind(this.options.logger);
    log({ reason }, `stepping down from the ${this.options.name}`);
    try {
      await this.options.stop();
    } catch (error) {
      this.options.logger.error({ err: messageOf(error) }, `stopping the ${this.options.name} failed`);
    }
  }

  private async openSession(): Promise<Client> {
    const session = new Client({
      connectionString: this.url,
      application_name: `dlhub ${this.options.name} leadership`,
      connectionTimeoutMillis: 5000,
      // A heartbeat that hangs counts as a lost session.
      query_timeout: Math.max(this.retryMs, 1000) * 2,
    });
    session.on("error", (error) => this.lost(session, error));
    session.on("end", () => this.lost(session, new Error("the connection closed")));
    try {
      await session.connect();
      // A lease: should the leader's host vanish without closing its connection, or its process
      // freeze, PostgreSQL ends the silent session itself and the lock passes on. The leader's
      // checks every retryMs keep a live session busy well within it.
      await session.query(`SET idle_session_timeout = ${Math.max(this.retryMs, 1000) * 5}`);
    } catch (error) {
      void session.end().catch(() => undefined);
      throw error;
    }
    this.session = session;
    return session;
  }

  /** The session broke (the server restarted, the connection was cut): the lock went with it. */
  private lost(session: Client, error: Error): void {
    if (session !== this.session) return;
    this.session = null;
    void this.serially(() => this.stepDown(`its database session ended (${error.message})`));
  }

  /** Forgets a session that failed; closing it releases the lock, should the server still hold it. */
  private dropSession(): void {
    const session = this.session;
    this.session = null;
    void session?.end().catch(() => undefined);
  }

  private async closeSession(): Promise<void> {
    const session = this.session;
    this.session = null;
    await session?.end().catch(() => undefined);
  }
}

/** The advisory lock's 64-bit key, derived from the singleton's name so that no registry of numbers is needed. */
function lockKey(name: string): string {
  return createHash("sha256").update(`dlhub:${name}`).digest().readBigInt64BE(0).toString();
}

function urlOf(dataSource: DataSource): string {
  // PostgreSQL data sources carry a url; the kit always configures one.
  const { url } = dataSource.options as { url?: string };
  if (!url) throw new Error("leadership needs a DataSource configured with a url");
  return url;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
