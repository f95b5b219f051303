import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * Overlaps answered in the order they are listed, stopping at the limit (issue 15, the scale run).
 *
 * Before, one statement paired every two initiatives of each neighborhood and sorted all the
 * pairs to keep the first 50: quadratic in a neighborhood's initiatives, so at 10,000 initiatives
 * the coordinator's saved Overlaps query outlived the gateway's timeout. The list is ordered by
 * neighborhood name, then the day the pair's shared period starts (the later of the two start
 * dates), then the two ids. So `catalog_overlaps` walks names in order and, within a name, the
 * start dates in order; for each day it takes the initiatives that could be in a pair starting
 * that day (started by then, not ended before it, within the asked window, audience and demo
 * rule: each of those conditions on a pair holds exactly when it holds for both initiatives), keeps
 * those with a possible partner by kind (another department, a shared audience, one of the two
 * starting that day), and walks them by id, each with its partners of higher id in id order. It
 * returns as soon as it has `lim` pairs. The answers are those of the old statement, row for row,
 * in the same order (analysis-overlaps-order compares them over a tie-heavy catalog).
 */
export class OverlapsInOrder20261203100000 implements MigrationInterface {
  name = "OverlapsInOrder20261203100000";

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION catalog_overlaps(only_neighborhood varchar, audience text, from_date date, to_date date, lim integer, include_demo boolean)
        RETURNS TABLE (first_id uuid, second_id uuid, neighborhood_id varchar, shared_audiences text[], starts date, ends date)
        LANGUAGE plpgsql STABLE AS $$
      #variable_conflict use_column
      DECLARE
        area_name varchar;
        day date;
        u record;
        pair record;
        listed integer := 0;
      BEGIN
        IF lim <= 0 THEN RETURN; END IF;
        FOR area_name IN
          SELECT DISTINCT n.name FROM neighborhood n WHERE only_neighborhood IS NULL OR n.id = only_neighborhood ORDER BY n.name
        LOOP
          FOR day IN
            SELECT DISTINCT i.start_date FROM catalog_site s
              JOIN neighborhood n ON n.id = s.neighborhood_id
              JOIN catalog_initiative i ON i.id = s.initiative_id
             WHERE n.name = area_name AND (only_neighborhood IS NULL OR s.neighborhood_id = only_neighborhood)
               AND (include_demo OR NOT i.is_demo)
               AND (to_date IS NULL OR i.start_date <= to_date)
             ORDER BY 1
          LOOP
            FOR u IN
              WITH candidate AS (
                SELECT DISTINCT s.neighborhood_id, i.id, i.department_id, i.audiences, i.start_date, i.end_date
                  FROM catalog_site s
                  JOIN neighborhood n ON n.id = s.neighborhood_id
                  JOIN catalog_initiative i ON i.id = s.initiative_id
                 WHERE n.name = area_name AND (only_neighborhood IS NULL OR s.neighborhood_id = only_neighborhood)
                   AND i.start_date <= day AND (i.end_date IS NULL OR i.end_date >= day)
                   AND (from_date IS NULL OR i.end_date IS NULL OR i.end_date >= from_date)
                   AND (audience IS NULL OR audience = ANY(i.audiences))
                   AND (include_demo OR NOT i.is_demo)
              ), kinds AS (
                SELECT DISTINCT department_id, audiences, start_date = day AS today FROM candidate
              )
              SELECT c.* FROM candidate c
               WHERE EXISTS (SELECT 1 FROM kinds k WHERE k.department_id <> c.department_id AND k.audiences && c.audiences
                                                     AND (k.today OR c.start_date = day))
               ORDER BY c.id, c.neighborhood_id
            LOOP
              FOR pair IN
                SELECT v.id, ARRAY(SELECT unnest(u.audiences) INTERSECT SELECT unnest(v.audiences) ORDER BY 1) AS shared,
                       least(u.end_date, v.end_date) AS ends
                  FROM catalog_initiative v
                 WHERE v.id > u.id
                   AND v.id IN (SELECT s.initiative_id FROM catalog_site s WHERE s.neighborhood_id = u.neighborhood_id)
                   AND v.start_date <= day AND (u.start_date = day OR v.start_date = day)
                   AND (v.end_date IS NULL OR v.end_date >= day)
                   AND (from_date IS NULL OR v.end_date IS NULL OR v.end_date >= from_date)
                   AND (audience IS NULL OR audience = ANY(v.audiences))
                   AND (include_demo OR NOT v.is_demo)
                   AND v.department_id <> u.department_id AND v.audiences && u.audiences
                 ORDER BY v.id
                 LIMIT lim - listed
              LOOP
                first_id := u.id;
                second_id := pair.id;
                neighborhood_id := u.neighborhood_id;
                shared_audiences := pair.shared;
                starts := day;
                ends := pair.ends;
                RETURN NEXT;
                listed := listed + 1;
                IF listed >= lim THEN RETURN; END IF;
              END LOOP;
            END LOOP;
          END LOOP;
        END LOOP;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION catalog_overlaps(varchar, text, date, date, integer, boolean)`);
  }
}
