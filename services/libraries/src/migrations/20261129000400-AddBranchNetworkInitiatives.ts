import { trackInitiativeChanges } from "@dlhub/subgraph-kit";
import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * Some library initiatives happen at every open branch (public computers and Wi-Fi at all 54
 * locations); they are listed here rather than with one row per branch, so an imported branch
 * list changes their sites at once. Branches carry no initiative id, so a change to the branch
 * table enters the feed through a statement trigger naming every initiative whose sites come
 * from branches; it fires only when rows really changed.
 */
export class AddBranchNetworkInitiatives20261129000400 implements MigrationInterface {
  name = "AddBranchNetworkInitiatives20261129000400";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE branch_network_initiative (
        initiative_id uuid PRIMARY KEY REFERENCES initiative(id) ON DELETE CASCADE
      )`);
    await trackInitiativeChanges(db, "branch_network_initiative");
    await db.query(`
      CREATE FUNCTION libraries_branches_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM changed_branches) THEN
          INSERT INTO initiative_change (initiative_id)
            SELECT initiative_id FROM branch_network_initiative
            UNION SELECT initiative_id FROM computer_class;
        END IF;
        RETURN NULL;
      END $$`);
    for (const [event, table] of [["INSERT", "NEW"], ["UPDATE", "NEW"], ["DELETE", "OLD"]]) {
      await db.query(`CREATE TRIGGER branch_${event.toLowerCase()}_initiative_change AFTER ${event} ON branch
        REFERENCING ${table} TABLE AS changed_branches FOR EACH STATEMENT EXECUTE FUNCTION libraries_branches_changed()`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION libraries_branches_changed() CASCADE`);
    await db.query(`DROP TABLE branch_network_initiative`);
  }
}
