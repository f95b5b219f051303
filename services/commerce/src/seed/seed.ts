import { upsertInitiatives, upsertRows } from "@dlhub/subgraph-kit";
import { type DataSource } from "typeorm";
import { BusinessCohort } from "../cohorts/business-cohort.entity.js";
import { BusinessServed } from "../cohorts/business-served.entity.js";
import { CommercialCorridor } from "../corridors/commercial-corridor.entity.js";
import { WorkforceGrant } from "../grants/workforce-grant.entity.js";
import { CommerceInitiative } from "../initiatives/commerce-initiative.entity.js";
import { businesses, cohorts, workforceGrants } from "./demo-cohorts.js";
import { corridors, initiatives } from "./demo-data.js";

/** Loads the Commerce demo data in one transaction; running it again changes nothing. */
export async function seedCommerce(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await upsertRows(manager, CommercialCorridor, corridors, ["id"]);
    const ids = await upsertInitiatives(manager, CommerceInitiative, initiatives);
    const initiativeId = (slug: string) => ids.get(slug) as string;
    await upsertRows(manager, BusinessCohort, cohorts.map(({ initiative, ...c }) => ({ ...c, initiativeId: initiativeId(initiative) })), ["slug"]);
    await upsertRows(manager, WorkforceGrant, workforceGrants.map(({ initiative, ...g }) => ({ ...g, initiativeId: initiativeId(initiative) })), ["initiativeId", "granteeSlug", "fiscalYear"]);

    // Businesses hang off cohorts, whose ids exist only once the cohorts are saved.
    const saved = await manager.getRepository(BusinessCohort).find({ select: { id: true, slug: true } });
    const cohortId = new Map(saved.map((c) => [c.slug, c.id]));
    await upsertRows(manager, BusinessServed, businesses.map(({ cohort, ...b }) => ({ ...b, cohortId: cohortId.get(cohort) as string })), ["cohortId", "businessName"]);
  });
}
