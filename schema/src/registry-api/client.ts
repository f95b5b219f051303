import { ErrorCode } from "../errors/codes.js";
import { type CheckReport } from "./check-report.js";
import {
  type LiveSubgraph,
  type OperationInput,
  type PublishResult,
  type SavedOperation,
  type SubgraphInput,
  type SubgraphVersion,
  type SupergraphDocument,
  type SupergraphSummary,
  type DeleteResult,
  type SupergraphDiff,
} from "./types.js";
import { type CreatedWebhook, type DeliveryFilter, type DepartmentSyncReport, type Webhook, type WebhookDelivery, type WebhookInput } from "../webhooks/events.js";
import { type UsageReport, type UsageSummary } from "./usage.js";
import { type DepartmentInput, type DepartmentRegistration, type RegisteredDepartment } from "./departments.js";

export interface RegistryClientOptions {
  /** A bearer token; reads need none, writes need a publisher's or the coordinator's. */
  token?: string;
  /** Defaults to the global fetch; tests and the CLI may pass their own. */
  fetch?: typeof fetch;
}

/**
 * A non-2xx answer from the registry, or an answer it could not have meant. `code` is the
 * registry's error code (CHECK_FAILED, FORBIDDEN, …); a refused publish carries its report.
 */
export class RegistryError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly report?: CheckReport,
  ) {
    super(message);
    this.name = "RegistryError";
  }
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown };
  report?: CheckReport;
}

/** The registry's HTTP API as typed calls: what the `dlhub` CLI, the local hub's publish step and the hub's schema history use. */
export class RegistryClient {
  private readonly baseUrl: string;
  private readonly fetch: typeof fetch;

  constructor(
    baseUrl: string,
    private readonly options: RegistryClientOptions = {},
  ) {
    // new URL() on a malformed base fails here, at construction, with the URL in the message.
    this.baseUrl = new URL(baseUrl).toString().replace(/\/+$/, "");
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  async listSubgraphs(): Promise<LiveSubgraph[]> {
    return (await this.request<{ subgraphs: LiveSubgraph[] }>("GET", "/subgraphs")).subgraphs;
  }

  async subgraphHistory(name: string): Promise<SubgraphVersion[]> {
    return (await this.request<{ versions: SubgraphVersion[] }>("GET", `/subgraphs/${encodeURIComponent(name)}/versions`)).versions;
  }

  async check(name: string, input: SubgraphInput): Promise<CheckReport> {
    return (await this.request<{ report: CheckReport }>("POST", `/subgraphs/${encodeURIComponent(name)}/check`, input)).report;
  }

  /** Throws RegistryError with code CHECK_FAILED and the report when a check fails. */
  publish(name: string, input: SubgraphInput): Promise<PublishResult> {
    return this.request<PublishResult>("POST", `/subgraphs/${encodeURIComponent(name)}/publish`, input);
  }

  /** The current supergraph; null before the first publish. */
  async supergraph(): Promise<SupergraphDocument | null> {
    try {
      return await this.request<SupergraphDocument>("GET", "/supergraph");
    } catch (error) {
      if (error instanceof RegistryError && error.status === 404 && error.code === ErrorCode.NOT_FOUND) return null;
      throw error;
    }
  }

  async supergraphHistory(): Promise<SupergraphSummary[]> {
    return (await this.request<{ versions: SupergraphSummary[] }>("GET", "/supergraph/history")).versions;
  }

  /** One supergraph version with its SDL; throws RegistryError NOT_FOUND (404) for a version that does not exist. */
  supergraphVersion(version: number): Promise<SupergraphDocument> {
    return this.request<SupergraphDocument>("GET", `/supergraph/versions/${encodeURIComponent(String(version))}`);
  }

  async rollback(version: number): Promise<SupergraphSummary> {
    return (await this.request<{ supergraph: SupergraphSummary }>("POST", "/supergraph/rollback", { version })).supergraph;
  }

  async registerOperations(client: string, operations: OperationInput[]): Promise<SavedOperation[]> {
    return (await this.request<{ operations: SavedOperation[] }>("PUT", `/operations/${encodeURIComponent(client)}`, { operations })).operations;
  }

  async operations(): Promise<SavedOperation[]> {
    return (await this.request<{ operations: SavedOperation[] }>("GET", "/operations")).operations;
  }

  /** Coordinator only; throws RegistryError CHECK_FAILED with the report when the rest would not compose or a saved operation needs it. */
  deleteSubgraph(name: string): Promise<DeleteResult> {
    return this.request<DeleteResult>("DELETE", `/subgraphs/${encodeURIComponent(name)}`);
  }

  /** The schema and subgraph changes from supergraph version `from` to `to`. */
  supergraphDiff(from: number, to: number): Promise<SupergraphDiff> {
    return this.request<SupergraphDiff>("GET", `/supergraph/diff?from=${encodeURIComponent(String(from))}&to=${encodeURIComponent(String(to))}`);
  }

  /** Coordinator only; the answer holds the signing secret, shown this once. */
  addWebhook(input: WebhookInput): Promise<CreatedWebhook> {
    return this.request<CreatedWebhook>("POST", "/webhooks", input);
  }

  async webhooks(): Promise<Webhook[]> {
    return (await this.request<{ webhooks: Webhook[] }>("GET", "/webhooks")).webhooks;
  }

  async removeWebhook(id: string): Promise<Webhook> {
    return (await this.request<{ webhook: Webhook }>("DELETE", `/webhooks/${encodeURIComponent(id)}`)).webhook;
  }

  /** Newest first, each with its attempts. */
  async webhookDeliveries(filter: DeliveryFilter = {}): Promise<WebhookDelivery[]> {
    const query = new URLSearchParams(Object.entries(filter).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)] as [string, string]])));
    const path = query.size > 0 ? `/webhooks/deliveries?${query.toString()}` : "/webhooks/deliveries";
    return (await this.request<{ deliveries: WebhookDelivery[] }>("GET", path)).deliveries;
  }

  /** DL Hub's own services (a service token): the hub reporting a department's sync falling behind or recovering. */
  reportEvent(report: DepartmentSyncReport): Promise<{ id: string }> {
    return this.request<{ id: string }>("POST", "/events", report);
  }

  /** A gateway's usage batch; needs a service token (Role.SERVICE). */
  async reportUsage(report: UsageReport): Promise<void> {
    await this.request<unknown>("POST", "/usage", report);
  }

  /** Coordinates used in the last `days` days (the registry's window by default) and the fields nobody used. */
  usage(options: { days?: number; subgraph?: string } = {}): Promise<UsageSummary> {
    const query = new URLSearchParams();
    if (options.days !== undefined) query.set("days", String(options.days));
    if (options.subgraph !== undefined) query.set("subgraph", options.subgraph);
    const search = query.toString();
    return this.request<UsageSummary>("GET", `/usage${search ? `?${search}` : ""}`);
  }

  /** Coordinator only; the same department again is fine, the same id with other data is CONFLICT (409). */
  registerDepartment(input: DepartmentInput): Promise<DepartmentRegistration> {
    return this.request<DepartmentRegistration>("POST", "/departments", input);
  }

  /** Every registered department, by id. */
  async departments(): Promise<RegisteredDepartment[]> {
    return (await this.request<{ departments: RegisteredDepartment[] }>("GET", "/departments")).departments;
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (this.options.token) headers.authorization = `Bearer ${this.options.token}`;
    const response = await this.fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text === "" ? undefined : JSON.parse(text);
    } catch {
      // A proxy's HTML error page, say: say what came back rather than fail on JSON.parse.
      throw new RegistryError(response.status, ErrorCode.INVALID_RESPONSE, `The registry answered ${response.status} with a body that is not JSON.`);
    }
    if (response.ok) return parsed as T;
    const { error, report } = (parsed ?? {}) as ErrorBody;
    const code = typeof error?.code === "string" ? error.code : `HTTP_${response.status}`;
    const message = typeof error?.message === "string" ? error.message : `The registry answered ${response.status}.`;
    throw new RegistryError(response.status, code, message, report);
  }
}
