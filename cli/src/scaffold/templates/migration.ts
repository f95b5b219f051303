import { type RenderedFile, type TemplateContext } from "./context.js";

export const migrationClass = ({ names, timestamp }: TemplateContext) => `Create${names.pascal}Tables${timestamp}`;

/** The department's first migration: its own tables, in raw SQL like every other migration. */
export function migrationFiles(context: TemplateContext): RenderedFile[] {
  const name = migrationClass(context);
  const contents = `import { trackInitiativeChanges, trackPlaceChanges } from "@dlhub/subgraph-kit";
import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * The department's own tables. A venue is where an initiative is delivered, so it is one of the
 * initiative's sites: its change trigger puts the initiative in the feed the hub reads. It is
 * also one of the department's places, with its own trigger for the place feed.
 */
export class ${name} implements MigrationInterface {
  name = "${name}";

  async up(db: QueryRunner): Promise<void> {
    await db.query(\`
      CREATE TABLE venue (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL UNIQUE CHECK (btrim(slug) <> ''),
        initiative_id uuid NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
        name varchar(200) NOT NULL,
        address varchar(200),
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        is_demo boolean NOT NULL DEFAULT false,
        source_dataset varchar(200),
        source_imported_at timestamptz,
        CHECK ((latitude IS NULL) = (longitude IS NULL))
      )\`);
    await db.query(\`CREATE INDEX venue_initiative ON venue (initiative_id)\`);
    await trackInitiativeChanges(db, "venue");
    await trackPlaceChanges(db, "venue", "'partner_site:' || slug");
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(\`DROP TABLE venue\`);
  }
}
`;
  return [{ path: `src/migrations/${context.timestamp}-Create${context.names.pascal}Tables.ts`, contents }];
}
