import { type Department, type InitiativeContract, type ReferenceResolvers, type Subgraph, buildSubgraph } from "@dlhub/schema";
import { type DataSource } from "typeorm";
import { authChecker } from "./auth/auth-checker.js";
import { type DatabaseOptions } from "./database/data-source.js";
import { type Logger } from "./logger.js";
import { type ServiceMetrics } from "./observability/metrics.js";
import { type initiativeContract } from "./contract/initiative-contract.js";
import { type InitiativeFeedSource } from "./contract/initiative-feed.js";
import { type PlaceSource } from "./places/place-feed.js";

/**
 * Everything that makes a department a department: its name (subgraph, database and package
 * name alike), its entities and migrations, its resolvers, and its demo data. The kit turns a
 * definition into a running subgraph; the department writes no server code. A department writes
 * it with defineDepartment below; the hub, which serves no initiative contract, writes it out.
 */
export interface DepartmentDefinition {
  /** One name everywhere: `libraries` is the subgraph, the database `dlhub_libraries`, `@dlhub/libraries`. */
  name: string;
  /**
   * The department's registered id, the same as `name`; absent for the hub's own subgraph, which
   * belongs to no department and serves no feeds.
   */
  departmentId?: string;
  /** Its value of the closed, deprecated `Department` enum; only the departments the enum lists have one. */
  legacyDepartment?: Department;
  entities: DatabaseOptions["entities"];
  migrations: DatabaseOptions["migrations"];
  resolvers: Function[];
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
  /** The department's initiative change feed, served at GET /initiative-feed. */
  feed?: InitiativeFeedSource<InitiativeContract>;
  /**
   * The department's places (docs/places.md), served at GET /place-feed: every branch, centre,
   * KEYSPOT or venue it has, whether or not an initiative uses it.
   */
  places?: PlaceSource;
  /**
   * Work the service does besides answering requests (the hub's catalog sync), started once the
   * service is up and stopped before its database closes.
   */
  background?: (dataSource: DataSource, logger: Logger) => Promise<{ stop(): Promise<void> }>;
  /** Metrics of the service's own besides the kit's (the hub's catalog lag), read when scraped. */
  metrics?: (metrics: ServiceMetrics, dataSource: DataSource) => void;
  /** Idempotent demo data: running it twice leaves the same rows. */
  seed?: (dataSource: DataSource) => Promise<void>;
}

/** What a department adds to the hub contract: its own tables, resolvers, places and demo data. */
export interface DepartmentDomain extends Pick<DepartmentDefinition, "resolvers" | "orphanedTypes" | "referenceResolvers" | "places" | "seed"> {
  /** Entity classes, listed after the contract's. */
  entities: Function[];
  /** Migration classes, run after the contract's, which their tables build on. */
  migrations: Function[];
}

/**
 * A department from its initiative contract (the kit's initiativeContract(), which already names
 * the subgraph and the department) and its own domain: the contract's tables, migrations,
 * resolvers, types, reference resolvers and feed come first, so every department serves the
 * contract the same way and names itself once.
 */
export function defineDepartment(contract: ReturnType<typeof initiativeContract>, own: DepartmentDomain): DepartmentDefinition {
  return {
    name: contract.name,
    departmentId: contract.departmentId,
    legacyDepartment: contract.legacyDepartment,
    entities: [...contract.entities, ...own.entities],
    migrations: [...contract.migrations, ...own.migrations],
    resolvers: [...contract.resolvers, ...own.resolvers],
    orphanedTypes: [...contract.orphanedTypes, ...(own.orphanedTypes ?? [])],
    feed: contract.feed,
    places: own.places,
    referenceResolvers: { ...contract.referenceResolvers, ...own.referenceResolvers },
    seed: own.seed,
  };
}

const built = new Map<DepartmentDefinition, Promise<Subgraph>>();

/** The department's subgraph schema and SDL; built once per process, it needs no database. */
export function buildDepartmentSubgraph(definition: DepartmentDefinition): Promise<Subgraph> {
  let subgraph = built.get(definition);
  if (!subgraph) {
    const [first, ...rest] = definition.resolvers;
    if (!first) throw new Error(`department ${definition.name} has no resolvers`);
    subgraph = buildSubgraph({
      resolvers: [first, ...rest],
      authChecker,
      orphanedTypes: definition.orphanedTypes,
      referenceResolvers: definition.referenceResolvers,
    });
    built.set(definition, subgraph);
  }
  return subgraph;
}

/** The database a department uses on a shared server, e.g. `dlhub_libraries`. */
export const databaseName = (definition: Pick<DepartmentDefinition, "name">, prefix = "dlhub") =>
  `${prefix}_${definition.name.replace(/-/g, "_")}`;
