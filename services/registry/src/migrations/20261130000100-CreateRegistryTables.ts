import { type MigrationInterface, type QueryRunner } from "typeorm";

export class CreateRegistryTables20261130000100 implements MigrationInterface {
  name = "CreateRegistryTables20261130000100";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE subgraph_version (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        name varchar(41) NOT NULL CHECK (name ~ '^[a-z][a-z0-9-]{1,40}$'),
        routing_url varchar(2000) NOT NULL CHECK (routing_url ~ '^https?://'),
        sdl text NOT NULL,
        hash char(64) NOT NULL,
        published_by text NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now()
      )`);
    // A subgraph's history, newest first.
    await db.query(`CREATE INDEX subgraph_version_history ON subgraph_version (name, id DESC)`);
    await db.query(`
      CREATE TABLE supergraph_version (
        version integer PRIMARY KEY CHECK (version > 0),
        sdl text NOT NULL,
        hash char(64) NOT NULL,
        -- The exact subgraph versions composed; the newest row's are the live subgraph set.
        subgraph_version_ids integer[] NOT NULL CHECK (cardinality(subgraph_version_ids) > 0),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        reason varchar(10) NOT NULL CHECK (reason IN ('publish', 'rollback')),
        rolled_back_to integer REFERENCES supergraph_version (version),
        CHECK ((reason = 'rollback') = (rolled_back_to IS NOT NULL))
      )`);
    await db.query(`
      CREATE TABLE saved_operation (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        client varchar(41) NOT NULL CHECK (client ~ '^[a-z][a-z0-9-]{1,40}$'),
        name varchar(100) NOT NULL CHECK (btrim(name) <> ''),
        document text NOT NULL,
        hash char(64) NOT NULL,
        registered_at timestamptz NOT NULL DEFAULT now(),
        registered_by text NOT NULL,
        UNIQUE (client, name)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ["saved_operation", "supergraph_version", "subgraph_version"]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
