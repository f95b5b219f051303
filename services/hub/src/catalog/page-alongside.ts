import { type SubgraphContext, plainRows } from "@dlhub/subgraph-kit";
import { type DataSource } from "typeorm";
import { departmentNameById, departmentNameSql } from "../departments/index.js";
import { neighborhoodById } from "../geography/loaders.js";
import { Neighborhood } from "../geography/neighborhood.entity.js";
import { CatalogPartner } from "./catalog-rows.entity.js";
import { partnersByInitiative, sitesByInitiative } from "./loaders.js";
import { Site } from "./site.entity.js";

/** A column the catalog page's statement reads beside each initiative, and the loader it fills. */
export interface ReadAlongside {
  /** A select-list entry over `catalog_initiative i`, fixed text written here. */
  sql: string;
  prime(context: SubgraphContext, rows: Record<string, unknown>[]): void;
}

/**
 * What a catalog page reads in its own statement for the fields its query selects: each
 * initiative's department name, sites (with their neighborhoods) and partners, as JSON beside the
 * row. The loaders those fields resolve through are primed with them (answered at once, not as
 * promises: RequestLoaders.load), so the page is answered in one statement where it took four more, each a round of its own: on this VM a statement costs
 * more CPU than the JavaScript of the whole page (services/local-hub/src/bench/README.md). The
 * rows are ordered as the loaders order them, and read with the same hydration (plainRows).
 */
export function readAlongside(dataSource: DataSource, selected: Set<string>): ReadAlongside[] {
  const reads: ReadAlongside[] = [];
  if (selected.has("departmentName")) {
    reads.push({
      sql: `${departmentNameSql("i.department_id")} AS "alongsideDepartmentName"`,
      prime: (context, rows) => {
        for (const row of rows) departmentNameById.prime(context, row.departmentId as string, row.alongsideDepartmentName as string);
      },
    });
  }
  if (selected.has("sites")) {
    const sites = plainRows(dataSource, Site, "s");
    const neighborhoods = plainRows(dataSource, Neighborhood, "nb");
    // Each site carries its neighborhood after its own columns: one look-up by key per site.
    const neighborhood = `(SELECT ${neighborhoods.json} FROM neighborhood nb WHERE nb.id = s.neighborhood_id)`;
    reads.push({
      sql: `(SELECT coalesce(json_agg(${sites.jsonWith(neighborhood)} ORDER BY s.name), '[]') FROM catalog_site s WHERE s.initiative_id = i.id) AS "alongsideSites"`,
      prime: (context, rows) => {
        for (const row of rows) {
          const read = row.alongsideSites as unknown[][];
          sitesByInitiative.prime(context, row.id as string, sites.hydrate(read));
          for (const site of read) {
            const [placed] = sites.after(site);
            if (!placed) continue;
            const [neighborhood] = neighborhoods.hydrate([placed as unknown[]]);
            neighborhoodById.prime(context, neighborhood.id, neighborhood);
          }
        }
      },
    });
  }
  if (selected.has("partners")) {
    const partners = plainRows(dataSource, CatalogPartner, "p");
    reads.push({
      sql: `(SELECT coalesce(json_agg(${partners.json} ORDER BY p.name), '[]') FROM catalog_partner p WHERE p.initiative_id = i.id) AS "alongsidePartners"`,
      prime: (context, rows) => {
        for (const row of rows) partnersByInitiative.prime(context, row.id as string, partners.hydrate(row.alongsidePartners as Record<string, unknown>[]));
      },
    });
  }
  return reads;
}
