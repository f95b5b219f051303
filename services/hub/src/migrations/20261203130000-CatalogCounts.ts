import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * The catalog's size by department and demo flag, kept as the catalog changes (issue 15, the scale
 * run): the coordinator's list, unfiltered or by department, counts its matches from these few
 * rows instead of reading every initiative, so its page costs the same at 100,000 initiatives as
 * at 100 (counting them took most of the page's 84 ms there).
 *
 * Statement-level triggers with transition tables add what a statement inserted and subtract
 * what it deleted, in one ordered upsert per statement, so two transactions writing the same
 * department take its rows' locks in the same order. Rows at zero stay (a department's count
 * returns to zero and back); nothing reads them as present.
 */
export class CatalogCounts20261203130000 implements MigrationInterface {
  name = "CatalogCounts20261203130000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE catalog_count (
        department_id varchar NOT NULL,
        is_demo boolean NOT NULL,
        initiatives integer NOT NULL,
        PRIMARY KEY (department_id, is_demo)
      )`);
    await db.query(`
      CREATE FUNCTION catalog_count_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO catalog_count (department_id, is_demo, initiatives)
            SELECT department_id, is_demo, count(*) FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
            ON CONFLICT (department_id, is_demo) DO UPDATE SET initiatives = catalog_count.initiatives + excluded.initiatives;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO catalog_count (department_id, is_demo, initiatives)
            SELECT department_id, is_demo, -count(*) FROM old_rows GROUP BY 1, 2 ORDER BY 1, 2
            ON CONFLICT (department_id, is_demo) DO UPDATE SET initiatives = catalog_count.initiatives + excluded.initiatives;
        ELSE
          INSERT INTO catalog_count (department_id, is_demo, initiatives)
            SELECT department_id, is_demo, sum(change) FROM (
              SELECT department_id, is_demo, 1 AS change FROM new_rows
              UNION ALL SELECT department_id, is_demo, -1 FROM old_rows) changes
            GROUP BY 1, 2 HAVING sum(change) <> 0 ORDER BY 1, 2
            ON CONFLICT (department_id, is_demo) DO UPDATE SET initiatives = catalog_count.initiatives + excluded.initiatives;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER catalog_count_insert AFTER INSERT ON catalog_initiative REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_count_apply()`);
    await db.query(`CREATE TRIGGER catalog_count_update AFTER UPDATE ON catalog_initiative REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_count_apply()`);
    await db.query(`CREATE TRIGGER catalog_count_delete AFTER DELETE ON catalog_initiative REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION catalog_count_apply()`);
    await db.query(`INSERT INTO catalog_count (department_id, is_demo, initiatives) SELECT department_id, is_demo, count(*) FROM catalog_initiative GROUP BY 1, 2`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const event of ["insert", "update", "delete"]) await db.query(`DROP TRIGGER IF EXISTS catalog_count_${event} ON catalog_initiative`);
    await db.query(`DROP FUNCTION IF EXISTS catalog_count_apply()`);
    await db.query(`DROP TABLE IF EXISTS catalog_count`);
  }
}
