import { type SubgraphContext, plainRows } from "@dlhub/subgraph-kit";
import { type DataSource } from "typeorm";
import { departmentNameById, departmentNameSql } from "../departments/index.js";
import { Neighborhood } from "../geography/neighborhood.entity.js";
import { CatalogPartner } from "./catalog-rows.entity.js";
import { type Initiative } from "./initiative.entity.js";
import { partnersByInitiative } from "./loaders.js";
import { neighborhoodReadWithPage, sitesReadWithPage } from "./read-with-page.js";
import { Site } from "./site.entity.js";

/** A column the catalog page's statement reads beside each initiative, and where its values go. */
export interface ReadAlongside {
  /** A select-list entry over `catalog_initiative i`, fixed text written here. */
  sql: string;
  /** Hands the values read beside each raw row to the resolvers of its initiative (`nodes`, in the same order). */
  give(context: SubgraphContext, rows: Record<string, unknown>[], nodes: Initiative[]): void;
}

/** The fields a query selects at a path below the page's nodes (`["sites"]`); `selected` is the nodes' own. */
export type SelectedAt = (path: string[]) => Set<string>;

/** A site's fields that read properties of another name (`id`), or are resolved from them (site.resolver.ts). */
const SITE_FIELD_READS: Record<string, string[]> = { id: ["siteId"], place: ["siteId"], neighborhood: ["neighborhoodId"], planningDistrict: ["planningDistrictId"] };

/**
 * What a catalog page reads in its own statement for the fields its query selects: each
 * initiative's department name, sites (with their neighborhoods) and partners, as JSON beside the
 * row, so the page is answered in one statement where it took four more, each a round of its own:
 * on this VM a statement costs more CPU than the JavaScript of the whole page
 * (services/local-hub/src/bench/README.md). Values come back answered at once, not as promises
 * (RequestLoaders.load, read-with-page.ts), ordered as the loaders order them and read with the
 * same hydration (plainRows).
 *
 * Sites and their neighborhoods are read only as far as the query asks (a site's name and address
 * and its neighborhood's name, not every column of both: half the page's text, a quarter of its
 * PostgreSQL time), so they are carried on the page's own rows, never primed into the request's
 * loaders, where another field of the same request could find a narrowed row.
 */
export function readAlongside(dataSource: DataSource, selected: Set<string>, selectedAt: SelectedAt): ReadAlongside[] {
  const reads: ReadAlongside[] = [];
  if (selected.has("departmentName")) {
    reads.push({
      sql: `${departmentNameSql("i.department_id")} AS "alongsideDepartmentName"`,
      give: (context, rows) => {
        for (const row of rows) departmentNameById.prime(context, row.departmentId as string, row.alongsideDepartmentName as string);
      },
    });
  }
  if (selected.has("sites")) reads.push(sitesAlongside(dataSource, selectedAt));
  if (selected.has("partners")) {
    const partners = plainRows(dataSource, CatalogPartner, "p");
    reads.push({
      sql: `(SELECT coalesce(json_agg(${partners.json} ORDER BY p.name), '[]') FROM catalog_partner p WHERE p.initiative_id = i.id) AS "alongsidePartners"`,
      give: (context, rows) => {
        for (const row of rows) partnersByInitiative.prime(context, row.id as string, partners.hydrate(row.alongsidePartners as Record<string, unknown>[]));
      },
    });
  }
  return reads;
}

function sitesAlongside(dataSource: DataSource, selectedAt: SelectedAt): ReadAlongside {
  const siteFields = selectedAt(["sites"]);
  const sites = plainRows(dataSource, Site, "s").only([...siteFields].flatMap((field) => SITE_FIELD_READS[field] ?? [field]));
  const neighborhoods = siteFields.has("neighborhood") ? neighborhoodRead(dataSource, selectedAt(["sites", "neighborhood"])) : null;
  // Each site carries its neighborhood after its own columns: one look-up by key per site.
  const sql = neighborhoods ? sites.jsonWith(`(SELECT ${neighborhoods.json} FROM neighborhood nb WHERE nb.id = s.neighborhood_id)`) : sites.json;
  return {
    sql: `(SELECT coalesce(json_agg(${sql} ORDER BY s.name), '[]') FROM catalog_site s WHERE s.initiative_id = i.id) AS "alongsideSites"`,
    give: (_context, rows, nodes) => {
      rows.forEach((row, index) => {
        const read = row.alongsideSites as unknown[][];
        const hydrated = sites.hydrate(read);
        sitesReadWithPage.carry(nodes[index], hydrated);
        if (!neighborhoods) return;
        read.forEach((site, at) => {
          const [placed] = sites.after(site) as (unknown[] | null)[];
          neighborhoodReadWithPage.carry(hydrated[at], placed ? neighborhoods.hydrate([placed])[0] : null);
        });
      });
    },
  };
}

/**
 * A site's neighborhood as far as the query asks: only its columns when every field asked is one,
 * else the whole row, for Neighborhood's field resolvers (its roll-up,
 * outline, census figures), which read more of it. Fields of the `__typename` kind are no column.
 */
function neighborhoodRead(dataSource: DataSource, fields: Set<string>) {
  const neighborhoods = plainRows(dataSource, Neighborhood, "nb");
  const columns = new Set(dataSource.getMetadata(Neighborhood).columns.map((column) => column.propertyName));
  const asked = [...fields].filter((field) => !field.startsWith("__"));
  return asked.every((field) => columns.has(field)) ? neighborhoods.only(asked) : neighborhoods;
}
