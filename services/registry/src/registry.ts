import { type DataSource, type EntityManager } from "typeorm";
import {
  type CheckReport,
  type DeleteResult,
  HUB_SUBGRAPH,
  type Identity,
  type LiveSubgraph,
  type OperationInput,
  type PublishResult,
  type SavedOperation,
  type SubgraphDefinition,
  type SubgraphInput,
  type SubgraphVersion,
  type SupergraphDiff,
  type SupergraphDocument,
  type SupergraphSummary,
  type UsageReport,
  type UsageSummary,
  badRequest,
  notFound,
} from "@dlhub/schema";
import { type CheckOutcome, runChecks } from "./checks/run-checks.js";
import { SavedOperationRow } from "./entities/saved-operation.entity.js";
import { SubgraphVersionRow } from "./entities/subgraph-version.entity.js";
import { SupergraphVersionRow } from "./entities/supergraph-version.entity.js";
import { CheckFailed } from "./errors.js";
import { type FeedProbe, type FeedProbeResult, probeInitiativeFeed } from "./feed-probe.js";
import { sha256 } from "./hash.js";
import { clientName, operationList, parseInput, rollbackInput, subgraphInput, subgraphName } from "./inputs.js";
import { type LiveState, asDefinition, latestSupergraph, latestVersion, liveMembers, readLiveState, subgraphVersionsById } from "./live-state.js";
import { assertOperationDocuments } from "./operation-documents.js";
import { type PersistedDocumentList, readPersistedDocuments } from "./persisted-documents.js";
import { savedOperationRecord, subgraphRecord, supergraphDocument, supergraphSummary } from "./records.js";
import { savedOperations } from "./operations-source.js";
import { removeSubgraph } from "./subgraph-removal.js";
import { diffSupergraphs } from "./supergraph-diff.js";
import { insertSubgraphVersion, insertSupergraphVersion, replaceOperations, takeRegistryLock } from "./writes.js";
import { recordCheckRefused, recordEvent } from "./webhooks/outbox.js";
import { Webhooks } from "./webhooks/store.js";
import { Departments } from "./departments/index.js";
import { pruneUsage, recordUsage, usageInWindow, usageQuery, usageReport, usageSummary, usedCoordinates } from "./usage/index.js";

export interface RegistryOptions {
  /** How a department's change feeds are read at publish; the default asks them over HTTP within 2 s. */
  probeFeed?: FeedProbe;
  /** The registry's clock: usage is counted per day and judged over a window ending now. Tests move it. */
  now?: () => Date;
  /** How many days of usage a publish is judged against (REGISTRY_USAGE_WINDOW_DAYS); default 30. */
  usageWindowDays?: number;
}

export const DEFAULT_USAGE_WINDOW_DAYS = 30;

/**
 * Usage is kept this long (or the window, if longer): a year of history for `dlhub usage --days`,
 * and the table stops growing once a client's habits repeat, however long the registry runs.
 */
export const USAGE_KEPT_DAYS = 400;

/**
 * The schema registry: departments publish subgraphs, each publish is checked against the live
 * subgraphs, the hub contract and the clients' saved operations, and a publish that passes becomes
 * a new supergraph version, which the gateway then serves. Nothing stored is ever changed; a
 * rollback is a new version carrying an old one's subgraphs.
 */
export class Registry {
  private readonly probeFeed: FeedProbe;
  private readonly now: () => Date;
  private readonly usageWindowDays: number;
  /** The UTC day old usage was last pruned: once a day is enough. */
  private usagePrunedOn: string | null = null;
  /** Versions never change, so the newest document is kept until a newer version exists. */
  private servedDocument: SupergraphDocument | null = null;
  /** The coordinator's webhook subscriptions and their delivery log. */
  readonly webhooks: Webhooks;
  /** The departments the coordinator registered; only theirs (and the hub's) subgraphs are taken. */
  readonly departments: Departments;

  constructor(
    private readonly db: DataSource,
    options: RegistryOptions = {},
  ) {
    this.probeFeed = options.probeFeed ?? probeInitiativeFeed;
    this.webhooks = new Webhooks(db);
    this.departments = new Departments(db);
    this.now = options.now ?? (() => new Date());
    this.usageWindowDays = options.usageWindowDays ?? DEFAULT_USAGE_WINDOW_DAYS;
  }

  /**
   * What publishing would report, without storing anything. The department's feed is not probed:
   * a check runs in its pull-request CI, where the department is not running; the FEED rule is
   * judged at publish.
   */
  async check(name: string, input: SubgraphInput): Promise<CheckReport> {
    const candidate = this.candidate(name, input);
    await this.departments.assertRegistered(this.db.manager, name);
    // Not probed: a check runs in a pull request's CI, where the department need not be running; publish probes.
    const { outcome } = await this.judge(this.db.manager, candidate, undefined);
    if (!outcome.report.ok) await recordCheckRefused(this.db, "check", outcome.report);
    return outcome.report;
  }

  /** Checks and, when every check passes, stores the subgraph and the supergraph it composes into. */
  async publish(name: string, input: SubgraphInput, identity: Identity): Promise<PublishResult> {
    const candidate = this.candidate(name, input);
    // Before the feed probe and the transaction: a refused department costs one query and stores nothing.
    await this.departments.assertRegistered(this.db.manager, name);
    // Probed before the lock: a slow or dead feed must not hold up other departments' publishes.
    const feed = await this.feedOf(candidate);
    return this.db.transaction(async (manager): Promise<PublishResult> => {
      await takeRegistryLock(manager);
      const { live, outcome } = await this.judge(manager, candidate, feed);
      // Thrown inside the transaction: it rolls back, and nothing of a refused publish is stored.
      if (!outcome.report.ok || outcome.supergraphSdl === null) throw new CheckFailed(outcome.report);
      const hash = sha256(candidate.sdl);
      const current = live.subgraphs.find(({ name }) => name === candidate.name);
      if (live.supergraph && current && current.hash === hash && current.routingUrl === candidate.url) {
        const { version, hash: supergraphHash } = live.supergraph;
        return { published: true, unchanged: true, subgraph: subgraphRecord(current), supergraph: { version, hash: supergraphHash }, report: outcome.report };
      }
      const subgraph = await insertSubgraphVersion(manager, candidate, identity.subject);
      const others = live.subgraphs.filter(({ name }) => name !== candidate.name).map(({ id }) => id);
      const supergraph = await insertSupergraphVersion(manager, live, {
        sdl: outcome.supergraphSdl,
        subgraphVersionIds: [...others, subgraph.id],
        createdBy: identity.subject,
        reason: "publish",
        rolledBackTo: null,
      });
      await recordEvent(manager, "subgraph.published", { subgraph: subgraphRecord(subgraph), supergraph: { version: supergraph.version, hash: supergraph.hash } });
      return { published: true, unchanged: false, subgraph: subgraphRecord(subgraph), supergraph: { version: supergraph.version, hash: supergraph.hash }, report: outcome.report };
    }).catch(async (error: unknown) => {
      // Recorded after the refused publish has rolled back, in a transaction of its own.
      if (error instanceof CheckFailed) await recordCheckRefused(this.db, "publish", error.report);
      throw error;
    });
  }

  /** Whether the database answers; for GET /ready. */
  async ready(): Promise<boolean> {
    try {
      await this.db.query("SELECT 1");
      return true;
    } catch {
      return false;
    }
  }

  /** The subgraph versions the current supergraph was composed from, by name. */
  async live(): Promise<LiveSubgraph[]> {
    return (await liveMembers(this.db.manager)).map(subgraphRecord);
  }

  /** Every published version of one subgraph, newest first. */
  async subgraphHistory(name: string): Promise<SubgraphVersion[]> {
    parseInput(subgraphName, name, "subgraph name");
    const rows = await this.db.manager.find(SubgraphVersionRow, {
      select: { id: true, name: true, routingUrl: true, hash: true, publishedBy: true, publishedAt: true },
      where: { name },
      order: { id: "DESC" },
    });
    if (rows.length === 0) throw notFound(`No subgraph named ${name} has been published.`);
    const liveIds = new Set((await latestSupergraph(this.db.manager))?.subgraphVersionIds ?? []);
    return rows.map((row) => ({ ...subgraphRecord(row), live: liveIds.has(row.id) }));
  }

  /** The supergraph the gateway should serve; null before the first publish. */
  async supergraph(): Promise<SupergraphDocument | null> {
    const version = await latestVersion(this.db.manager);
    if (version === null) return null;
    if (this.servedDocument?.version === version) return this.servedDocument;
    const row = await this.db.manager.findOneByOrFail(SupergraphVersionRow, { version });
    const document = supergraphDocument(row, await subgraphVersionsById(this.db.manager, row.subgraphVersionIds));
    this.servedDocument = document;
    return document;
  }

  /** One supergraph version with its SDL, for comparing two versions; NOT_FOUND when there is none. */
  async supergraphVersion(version: number): Promise<SupergraphDocument> {
    const row = await this.db.manager.findOneBy(SupergraphVersionRow, { version });
    if (!row) throw notFound(`Supergraph version ${version} does not exist.`);
    return supergraphDocument(row, await subgraphVersionsById(this.db.manager, row.subgraphVersionIds));
  }

  /** Every supergraph version, newest first, without SDL. */
  async supergraphHistory(): Promise<SupergraphSummary[]> {
    const rows = await this.db.manager.find(SupergraphVersionRow, {
      select: { version: true, hash: true, subgraphVersionIds: true, createdBy: true, createdAt: true, reason: true, rolledBackTo: true },
      order: { version: "DESC" },
    });
    const members = await subgraphVersionsById(this.db.manager, rows.flatMap((row) => row.subgraphVersionIds));
    return rows.map((row) => supergraphSummary(row, members));
  }

  /**
   * Serves an earlier version again, as a new version with that version's SDL and subgraphs; the
   * next publish composes from those subgraphs. Not checked: a rollback answers an emergency, and
   * what it restores was checked when it was first published.
   */
  async rollback(version: number, identity: Identity): Promise<SupergraphSummary> {
    parseInput(rollbackInput, { version }, "rollback");
    return this.db.transaction(async (manager) => {
      await takeRegistryLock(manager);
      const target = await manager.findOneBy(SupergraphVersionRow, { version });
      if (!target) throw notFound(`Supergraph version ${version} does not exist.`);
      const live = await readLiveState(manager);
      if (live.supergraph?.version === version) throw badRequest(`Supergraph version ${version} is already live.`);
      const row = await insertSupergraphVersion(manager, live, {
        sdl: target.sdl,
        subgraphVersionIds: target.subgraphVersionIds,
        createdBy: identity.subject,
        reason: "rollback",
        rolledBackTo: version,
      });
      await recordEvent(manager, "supergraph.rolled_back", { version: row.version, rolledBackTo: version, rolledBackBy: identity.subject });
      return supergraphSummary(row, await subgraphVersionsById(manager, row.subgraphVersionIds));
    });
  }

  /**
   * Replaces the operations one client relies on. Publishes are then refused when they would break
   * any of them; an empty list stops protecting that client.
   */
  async registerOperations(client: string, operations: OperationInput[], identity: Identity): Promise<SavedOperation[]> {
    parseInput(clientName, client, "client name");
    const list = parseInput(operationList, { operations }, "operations").operations;
    assertOperationDocuments(client, list);
    return this.db.transaction(async (manager) => {
      // Under the lock so a publish never checks against a half-replaced set.
      await takeRegistryLock(manager);
      return (await replaceOperations(manager, client, list, identity.subject)).map(savedOperationRecord);
    });
  }

  /** Every client's saved operations. */
  async operations(): Promise<SavedOperation[]> {
    const rows = await this.db.manager.find(SavedOperationRow, { order: { client: "ASC", name: "ASC" } });
    return rows.map(savedOperationRecord);
  }

  /** The saved operations as the persisted-document list gateways follow; `documents` null when a known tag is current. */
  persistedDocuments(knownTags: string[] = []): Promise<PersistedDocumentList> {
    return readPersistedDocuments(this.db.manager, knownTags);
  }

  /**
   * Takes a subgraph out of the live set (coordinator only, checked by the caller): refused with
   * CHECK_FAILED when the rest would not compose or a saved operation needs it. See removeSubgraph.
   */
  deleteSubgraph(name: string, identity: Identity): Promise<DeleteResult> {
    // Only usage that still protects its coordinates: a replaced document's does not block a delete either.
    const usageOf = async (manager: EntityManager) => (await usageInWindow(manager, this.usageWindowDays, this.now())).counted;
    return removeSubgraph(this.db, name, identity, savedOperations, usageOf).catch(async (error: unknown) => {
      // Like a refused publish: recorded after the refused delete has rolled back.
      if (error instanceof CheckFailed) await recordCheckRefused(this.db, "delete", error.report);
      throw error;
    });
  }

  /** The API schema and subgraph changes from supergraph version `from` to `to`. */
  async supergraphDiff(from: number, to: number): Promise<SupergraphDiff> {
    return diffSupergraphs(await this.supergraphVersion(from), await this.supergraphVersion(to));
  }

  /** Adds a gateway's usage batch to the day's counts; returns how many rows it touched. */
  async recordUsage(report: UsageReport): Promise<number> {
    const now = this.now();
    const rows = await recordUsage(this.db.manager, parseInput(usageReport, report, "usage report"), now);
    const today = now.toISOString().slice(0, 10);
    if (this.usagePrunedOn !== today) {
      await pruneUsage(this.db.manager, Math.max(USAGE_KEPT_DAYS, this.usageWindowDays), now);
      this.usagePrunedOn = today;
    }
    return rows;
  }

  /** The coordinates used within `days` (the window by default), and the live fields nobody used. */
  async usage(query: { days?: string; subgraph?: string }): Promise<UsageSummary> {
    const { days = this.usageWindowDays, subgraph } = parseInput(usageQuery, query, "usage query");
    const now = this.now();
    const used = await usedCoordinates(this.db.manager, days, now);
    const supergraphSdl = (await latestSupergraph(this.db.manager))?.sdl ?? null;
    return usageSummary({ days, now, subgraph: subgraph ?? null, used, supergraphSdl });
  }

  private candidate(name: string, input: SubgraphInput): SubgraphDefinition {
    parseInput(subgraphName, name, "subgraph name");
    const { sdl, routingUrl } = parseInput(subgraphInput, input, "subgraph");
    return { name, sdl, url: routingUrl };
  }

  /** The hub serves no initiative feed; every department must. */
  private feedOf(candidate: SubgraphDefinition): Promise<FeedProbeResult | undefined> {
    return candidate.name === HUB_SUBGRAPH ? Promise.resolve(undefined) : this.probeFeed(candidate.url);
  }

  private async judge(manager: EntityManager, candidate: SubgraphDefinition, feed: FeedProbeResult | undefined): Promise<{ live: LiveState; outcome: CheckOutcome }> {
    const live = await readLiveState(manager);
    const operations = await savedOperations(manager);
    const usage = await usageInWindow(manager, this.usageWindowDays, this.now());
    const outcome = await runChecks({
      candidate,
      live: { subgraphs: live.subgraphs.map(asDefinition), supergraphSdl: live.supergraph?.sdl ?? null },
      operations,
      usage: usage.counted,
      retiredUsage: usage.retired,
      feed,
    });
    return { live, outcome };
  }
}
