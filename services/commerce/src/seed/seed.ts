import { seedDemoPlaces, upsertDemoInitiatives, upsertRows } from "@dlhub/subgraph-kit";
import { type DataSource } from "typeorm";
import { BusinessCohort } from "../cohorts/business-cohort.entity.js";
import { BusinessServed } from "../cohorts/business-served.entity.js";
import { CommercialCorridor } from "../corridors/commercial-corridor.entity.js";
import { WorkforceGrant } from "../grants/workforce-grant.entity.js";
import { CommerceInitiative } from "../initiatives/commerce-initiative.entity.js";
import { businesses, cohorts, workforceGrants } from "./demo-cohorts.js";
import { corridors, initiatives } from "./demo-data.js";

/**
 * Loads the Commerce demo data in one transaction; running it again changes nothing. Demo rows
 * hang only off demo rows: a cohort, grant or business whose initiative is real (or whose corridor
 * was not seeded, because real corridors are there) is left out rather than attached to real data.
 */
export async function seedCommerce(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const corridorsSeeded = await seedDemoPlaces(manager, CommercialCorridor, corridors, ["id"]);
    const onDemoCorridor = (row: { corridorId: string | null }) => row.corridorId === null || corridorsSeeded;
    const ids = await upsertDemoInitiatives(manager, CommerceInitiative, initiatives);
    const ofDemoInitiative = (row: { initiative: string }) => ids.has(row.initiative);
    const initiativeId = (slug: string) => ids.get(slug) as string;

    const demoCohorts = cohorts.filter((c) => ofDemoInitiative(c) && onDemoCorridor(c));
    await upsertRows(manager, BusinessCohort, demoCohorts.map(({ initiative, ...c }) => ({ ...c, initiativeId: initiativeId(initiative) })), ["slug"]);
    await upsertRows(
      manager,
      WorkforceGrant,
      workforceGrants.filter(ofDemoInitiative).map(({ initiative, ...g }) => ({ ...g, initiativeId: initiativeId(initiative) })),
      ["initiativeId", "granteeSlug", "fiscalYear"],
    );

    // Businesses hang off cohorts, whose ids exist only once the cohorts are saved.
    const saved = await manager.getRepository(BusinessCohort).find({ select: { id: true, slug: true } });
    const cohortId = new Map(saved.map((c) => [c.slug, c.id]));
    const seededCohorts = new Set(demoCohorts.map((c) => c.slug));
    await upsertRows(
      manager,
      BusinessServed,
      businesses.filter((b) => seededCohorts.has(b.cohort) && onDemoCorridor(b)).map(({ cohort, ...b }) => ({ ...b, cohortId: cohortId.get(cohort) as string })),
      ["cohortId", "businessName"],
    );
  });
}
