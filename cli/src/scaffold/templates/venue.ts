import { type RenderedFile, type TemplateContext, literal } from "./context.js";

/** The department's own entity, its resolver and the per-request loaders both sides use. */
export function venueFiles(context: TemplateContext): RenderedFile[] {
  const { names, title } = context;
  const venue = names.venueType;
  return [
    {
      path: `src/venues/${names.name}-venue.entity.ts`,
      contents: `import { CoordinateColumn, PlaceRecord } from "@dlhub/schema";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * A place where one of the department's initiatives meets: a partner's office, a community room,
 * a classroom. It is one of the department's places (src/venues/places.ts), so it says whether it
 * is demo data and where it came from.
 */
@ObjectType({ description: ${literal(`A place where a ${title} initiative meets.`)} })
@Entity("venue")
export class ${venue} extends PlaceRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  /** The natural key the seed and importers upsert on. */
  @Field({ description: "The department's stable key for this venue." })
  @Column({ type: "varchar", length: 120, unique: true })
  slug!: string;

  @Index()
  @Column({ name: "initiative_id", type: "uuid" })
  initiativeId!: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: "Street address in Philadelphia." })
  @Column({ type: "varchar", length: 200, nullable: true })
  address!: string | null;

  @CoordinateColumn()
  latitude!: number | null;

  @CoordinateColumn()
  longitude!: number | null;
}
`,
    },
    {
      path: `src/venues/${names.name}-venue.resolver.ts`,
      contents: `import { type SubgraphContext, UNAVAILABLE_NOTE } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { contract } from "../initiatives/contract.js";
import { ${names.initiativeType} } from "../initiatives/${names.name}-initiative.entity.js";
import { ${venue} } from "./${names.name}-venue.entity.js";

@Resolver(() => ${venue})
export class ${venue}Resolver {
  // Nullable, like every department's top-level list: with this department down, the gateway
  // still answers the rest of a query and names the department in its error.
  @Query(() => [${venue}], { nullable: true, description: \`Every venue of the department's initiatives, by name. \${UNAVAILABLE_NOTE}\` })
  ${names.camel}Venues(@Ctx() { dataSource }: SubgraphContext): Promise<${venue}[]> {
    return dataSource.getRepository(${venue}).find({ order: { name: "ASC" } });
  }

  @FieldResolver(() => ${names.initiativeType}, { nullable: true })
  initiative(@Root() venue: ${venue}, @Ctx() context: SubgraphContext): Promise<${names.initiativeType} | null> {
    return contract.initiativeById(context).load(venue.initiativeId);
  }
}
`,
    },
    {
      path: "src/venues/places.ts",
      contents: `/**
 * The department's places as the hub's place catalog reads them (docs/places.md in the hub's
 * repository): every venue, used by an initiative today or not. The key matches the venue's
 * initiative sites (\`partner_site:<slug>\`), so the hub knows a site and a place are one.
 */
export const PLACES_SQL = \`
  SELECT 'partner_site:' || slug AS place_key, 'PARTNER_SITE' AS kind, NULL::text AS type_code, 'OPEN' AS status,
         name, address, latitude, longitude, NULL::int AS workstations, NULL::float8 AS weekly_open_hours,
         source_dataset, source_imported_at, is_demo, NULL::text AS host_place_id
    FROM venue\`;
`,
    },
    {
      path: "src/loaders.ts",
      contents: `import { defineLoader, groupByKey } from "@dlhub/subgraph-kit";
import { In } from "typeorm";
import { ${venue} } from "./venues/${names.name}-venue.entity.js";

/** The department's per-request loaders: one statement per relation per request, however many rows ask. */

export const venuesByInitiative = defineLoader<string, ${venue}[]>("venuesByInitiative", async (ids, db) =>
  groupByKey(ids, await db.getRepository(${venue}).find({ where: { initiativeId: In([...ids]) }, order: { name: "ASC" } }), (v) => v.initiativeId),
);
`,
    },
  ];
}
