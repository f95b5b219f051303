import { CreateAuditLog20261128100100, type DepartmentDefinition, runWhileLeader } from "@dlhub/subgraph-kit";
import { analysis } from "./analysis/index.js";
import { CatalogOutcome, CatalogPartner } from "./catalog/catalog-rows.entity.js";
import { Initiative } from "./catalog/initiative.entity.js";
import { InitiativeDepartmentResolver, InitiativeResolver, initiativeReference } from "./catalog/initiative.resolver.js";
import { NeighborhoodInitiativesResolver, PlanningDistrictInitiativesResolver } from "./catalog/place-initiatives.resolver.js";
import { Site } from "./catalog/site.entity.js";
import { SiteResolver } from "./catalog/site.resolver.js";
import { CoordinatorNote, InitiativeLink } from "./coordination/coordination.entities.js";
import { CoordinationResolver } from "./coordination/coordination.resolver.js";
import { RegisteredDepartment } from "./departments/index.js";
import { geography } from "./geography/index.js";
import { CreateCatalog20261128200200 } from "./migrations/20261128200200-CreateCatalog.js";
import { CreatePartnersAndCoordination20261128200300 } from "./migrations/20261128200300-CreatePartnersAndCoordination.js";
import { AddCoordinatorNoteUpdatedAt20261202000100 } from "./migrations/20261202000100-AddCoordinatorNoteUpdatedAt.js";
import { DepartmentIds20261202100000 } from "./migrations/20261202100000-DepartmentIds.js";
import { NeighborhoodRollups20261202150000 } from "./migrations/20261202150000-NeighborhoodRollups.js";
import { SyncHeartbeatIsNotData20261202220000 } from "./migrations/20261202220000-SyncHeartbeatIsNotData.js";
import { OverlapsInOrder20261203100000 } from "./migrations/20261203100000-OverlapsInOrder.js";
import { CatalogCounts20261203130000 } from "./migrations/20261203130000-CatalogCounts.js";
import { RollupsAppliedByTheSync20261206100000 } from "./migrations/20261206100000-RollupsAppliedByTheSync.js";
import { Partner } from "./partners/partner.entity.js";
import { places, placeReference } from "./places/index.js";
import { PartnerResolver, partnerReference } from "./partners/partner.resolver.js";
import { schemaHistory } from "./schema-history/index.js";
import { seedDemoPartners } from "./seed/demo-partners.js";
import { observeCatalogLag } from "./sync/catalog-lag.js";
import { CatalogSync, type FeedSource } from "./sync/catalog-sync.js";
import { DepartmentFeed } from "./sync/department-feed.entity.js";
import { DepartmentSyncDepartmentResolver, DepartmentSyncResolver } from "./sync/department-sync.resolver.js";
import { registryDepartments } from "./sync/registry-departments.js";
import { registryFeeds } from "./sync/registry-feeds.js";
import { SitePlacement } from "./sync/site-placement.js";
import { type SyncAlertSettings, SyncAlerts } from "./sync/sync-alerts.js";

export interface HubOptions {
  /** The departments' feeds to follow. */
  feeds: FeedSource[];
  /** A schema registry whose published departments are followed too, as they publish, whose department names answers use, and whose history `schemaHistory` shows. */
  registryUrl?: string;
  /** How often each feed is polled; a change shows in the catalog within about this long. */
  syncIntervalMs: number;
  /** Where to report a department falling behind in sync, and recovering; no reports without. */
  syncAlerts?: SyncAlertSettings;
}

/**
 * The coordinator's own subgraph: the catalog of every department's initiatives, kept in step
 * with their feeds in the background, the City's geography, partners, and the coordinator's
 * links and notes. It belongs to no department and writes no department's data.
 */
export function createHub(options: HubOptions): DepartmentDefinition {
  return {
    name: "hub",
    entities: [...geography.entities, ...places.entities, Initiative, Site, CatalogPartner, CatalogOutcome, DepartmentFeed, RegisteredDepartment, Partner, InitiativeLink, CoordinatorNote],
    migrations: [
      ...geography.migrations,
      CreateCatalog20261128200200,
      CreatePartnersAndCoordination20261128200300,
      CreateAuditLog20261128100100,
      ...places.migrations,
      AddCoordinatorNoteUpdatedAt20261202000100,
      DepartmentIds20261202100000,
      NeighborhoodRollups20261202150000,
      SyncHeartbeatIsNotData20261202220000,
      OverlapsInOrder20261203100000,
      CatalogCounts20261203130000,
      RollupsAppliedByTheSync20261206100000,
    ],
    resolvers: [
      InitiativeResolver,
      SiteResolver,
      NeighborhoodInitiativesResolver,
      PlanningDistrictInitiativesResolver,
      DepartmentSyncResolver,
      InitiativeDepartmentResolver,
      DepartmentSyncDepartmentResolver,
      PartnerResolver,
      CoordinationResolver,
      ...geography.resolvers,
      ...places.resolvers,
      ...analysis.resolvers,
      ...schemaHistory(options.registryUrl).resolvers,
    ],
    referenceResolvers: { Initiative: initiativeReference, Partner: partnerReference, Place: placeReference, ...geography.referenceResolvers },
    metrics: observeCatalogLag,
    seed: async (dataSource) => {
      await seedDemoPartners(dataSource);
      await geography.seedDemoGeography(dataSource);
    },
    background: async (dataSource, logger) => {
      const placement = new SitePlacement(dataSource);
      const alerts = options.syncAlerts ? new SyncAlerts(dataSource, options.syncAlerts, logger) : undefined;
      const sync = new CatalogSync({
        dataSource,
        locator: placement,
        beforeRound: () => placement.refresh(),
        afterRound: alerts && (() => void alerts.review()),
        discover: options.registryUrl ? registryFeeds(options.registryUrl) : undefined,
        departmentNames: options.registryUrl ? registryDepartments(options.registryUrl) : undefined,
        logger,
        intervalMs: options.syncIntervalMs,
      });
      // Every copy of the hub serves reads; only the one holding the lead writes the catalog.
      return runWhileLeader({
        database: dataSource,
        name: "catalog sync",
        logger,
        start: async () => {
          for (const feed of options.feeds) await sync.follow(feed);
          sync.start();
        },
        stop: () => sync.stop(),
      });
    },
  };
}

/** The hub as composed into the committed supergraph: its schema does not depend on the feeds. */
export const hub = createHub({ feeds: [], syncIntervalMs: 1000 });
