import { Audience, InitiativeKind, InitiativeStatus, Language, Pillar } from "@dlhub/schema";
import { type ImportWriter, type InitiativeInput } from "@dlhub/subgraph-kit";
import { ItInitiative } from "../initiatives/it-initiative.entity.js";

export const KEYSPOT_NETWORK = "keyspot-network";
export const DLA_GRANTS = "digital-literacy-alliance-grants";

type ContractFields = Omit<InitiativeInput, "partners" | "outcomes">;

/**
 * The initiatives imported rows belong to, for a database that does not have them yet. Written
 * from the public record (shared FACTS.md); a real initiative already stored is left exactly as
 * it is. The demo data has both under the same slugs, with invented figures: see initiativeIds.
 */
export const INITIATIVES: Record<string, ContractFields> = {
  [KEYSPOT_NETWORK]: {
    slug: KEYSPOT_NETWORK,
    title: "KEYSPOT public computer centres",
    summary:
      "Free public computer centres with at least five workstations, fifteen open hours a week and a lab instructor, in recreation centres, Free Library-sponsored sites and neighbourhood organisations. Opened in 2010 by the Freedom Rings Partnership; run by the Office of Adult Education with OIT, Parks & Recreation and Drexel.",
    kind: InitiativeKind.OPEN_LAB,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.GENERAL_PUBLIC, Audience.JOB_SEEKERS],
    languages: [Language.EN],
    pillars: [Pillar.ACCESS, Pillar.SKILLS],
    startDate: "2010-09-01",
  },
  [DLA_GRANTS]: {
    slug: DLA_GRANTS,
    title: "Digital Literacy Alliance grants",
    summary:
      "Grants from the Digital Literacy Alliance, a coalition administered by OIT, to community organisations that help residents use technology and the internet; rounds since 2017, funded by Comcast, Verizon, the Independence Public Media Foundation and AT&T.",
    kind: InitiativeKind.GRANT_PROGRAM,
    status: InitiativeStatus.ACTIVE,
    audiences: [Audience.GENERAL_PUBLIC],
    languages: [Language.EN],
    pillars: [Pillar.SKILLS],
    startDate: "2017-01-01",
  },
};

/**
 * Creates whichever of the initiatives is missing and returns each one's id by slug. A demo
 * initiative of the same slug is retired first, and its demo rows (partners, outcomes, KEYSPOTs,
 * grants) go with it: real rows never hang off a demo initiative, nor take over its figures.
 */
export async function initiativeIds(writer: ImportWriter, slugs: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(slugs)];
  await writer.manager.query(`DELETE FROM initiative WHERE is_demo AND slug = ANY($1)`, [wanted]);
  await writer.insertMissing(ItInitiative, wanted.map((slug) => ({ endDate: null, ...(INITIATIVES[slug] as ContractFields), isDemo: false })));
  const rows = await writer.manager.getRepository(ItInitiative).find({ select: { id: true, slug: true }, where: wanted.map((slug) => ({ slug })) });
  return new Map(rows.map((row) => [row.slug, row.id]));
}
