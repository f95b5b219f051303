import { DEMO_KEY_PREFIX } from "@dlhub/schema";
import { oneOf, optionalText, requiredText, slugify, withinPhiladelphia } from "@dlhub/subgraph-kit";
import { z } from "zod";
import { KeyspotHostKind, type KeyspotSite } from "../../keyspots/keyspot-site.entity.js";

/** Which of the two known files a feature comes from; the importer tags each feature. */
export type KeyspotShape = "list-2015" | "official";

/**
 * A KEYSPOT as a location file describes it. Undefined properties are ones this shape of file
 * does not know, and the importer leaves them as stored.
 */
export interface KeyspotRow {
  shape: KeyspotShape;
  site: Pick<KeyspotSite, "slug" | "name" | "address" | "latitude" | "longitude" | "hostKind" | "hostName"> &
    Partial<Pick<KeyspotSite, "libraryHotSpot" | "region" | "phone" | "typeCode">>;
}

/**
 * OIT's key for a site, from its name: `Happy Hollow Recreation Center` is `happy-hollow`, as in
 * the hub's own data, so a re-import and the demo data name one site the same way.
 */
export function siteSlug(name: string): string {
  return slugify(name).replace(/-keyspot$/, "").replace(/-recreation-center$/, "");
}

/**
 * The 2015 list's addresses are free text that wraps and repeats the city before or after the
 * street ("Philadelphia PA\n413 W Master St"); the hub keeps the street part.
 */
export function streetOf(address: string): string {
  const city = "Philadelphia,? ?(PA)?( \\d{5}(-\\d{4})?)?";
  return address
    .replace(new RegExp(`^${city}\\s+`, "i"), "")
    .replace(new RegExp(`[\\s,]+${city}$`, "i"), "")
    .trim();
}

const position = {
  longitude: z.number(),
  latitude: z.number(),
};

const inPhiladelphia = (row: { longitude: number; latitude: number }) => withinPhiladelphia(row.longitude, row.latitude);
const outsideMessage = { message: "the point is not in Philadelphia", path: ["geometry"] };

/** Real imports never write a key that looks like demo data's. */
const notDemoKey = (name: string) => !siteSlug(name).startsWith(DEMO_KEY_PREFIX);
const demoKeyMessage = (path: string) => ({ message: `makes a key starting with "${DEMO_KEY_PREFIX}", which only demo data uses`, path: [path] });

/** The 2015 KEYSPOT list (CartoDB export): organization, site_address, region, site_type. */
const list2015 = z
  .object({
    shape: z.literal("list-2015"),
    organization: requiredText(200),
    site_address: requiredText(300),
    region: optionalText(40),
    // The site type is kept as written (`typeCode`) beside what it says of the host.
    site_type: oneOf({
      PPR: { hostKind: KeyspotHostKind.RECREATION_CENTER, libraryHotSpot: false, typeCode: "PPR" },
      // Free Library-sponsored: the Library's Hot Spot labs, in community organisations' rooms.
      FLP: { hostKind: KeyspotHostKind.COMMUNITY_ORGANIZATION, libraryHotSpot: true, typeCode: "FLP" },
      "Non-Profit": { hostKind: KeyspotHostKind.COMMUNITY_ORGANIZATION, libraryHotSpot: false, typeCode: "Non-Profit" },
    }),
    ...position,
  })
  .refine(inPhiladelphia, outsideMessage)
  .refine((row) => notDemoKey(row.organization), demoKeyMessage("organization"))
  .transform(
    (row): KeyspotRow => ({
      shape: row.shape,
      site: {
        slug: siteSlug(row.organization),
        name: row.organization,
        address: streetOf(row.site_address) || null,
        latitude: row.latitude,
        longitude: row.longitude,
        hostName: row.organization,
        region: row.region,
        ...row.site_type,
      },
    }),
  );

/** Names that say what kind of place hosts a site; the City's file has no site type. */
function hostKindFromName(name: string): KeyspotHostKind {
  if (/\b(recreation|rec) center\b|\bplayground\b/i.test(name)) return KeyspotHostKind.RECREATION_CENTER;
  if (/\blibrary\b/i.test(name)) return KeyspotHostKind.LIBRARY_BRANCH;
  return KeyspotHostKind.COMMUNITY_ORGANIZATION;
}

/**
 * The City's KEYSPOT locations (OpenDataPhilly, 2016): Name, Street, City, Postal Code, PHONE
 * NUMBER. No site type: a site's type code stays as the 2015 list gave it, or null.
 */
const official = z
  .object({
    shape: z.literal("official"),
    Name: requiredText(200),
    // A mobile KEYSPOT has no street.
    Street: optionalText(200),
    "PHONE NUMBER": optionalText(40),
    ...position,
  })
  .refine(inPhiladelphia, outsideMessage)
  .refine((row) => notDemoKey(row.Name), demoKeyMessage("Name"))
  .transform(
    (row): KeyspotRow => ({
      shape: row.shape,
      site: {
        slug: siteSlug(row.Name),
        name: row.Name,
        address: row.Street,
        latitude: row.latitude,
        longitude: row.longitude,
        hostKind: hostKindFromName(row.Name),
        hostName: row.Name,
        phone: row["PHONE NUMBER"],
      },
    }),
  );

export const keyspotRow = z.discriminatedUnion("shape", [list2015, official], {
  error: () =>
    "properties are neither the 2015 list's (organization, site_address, region, site_type) nor the City's (Name, Street, City, Postal Code, PHONE NUMBER)",
});
