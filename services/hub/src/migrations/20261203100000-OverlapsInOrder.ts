import { type MigrationInterface, type QueryRunner } from "typeorm";

/**
 * Overlaps answered in the order they are listed, stopping at the limit (issue 15, the scale run).
 *
 * Before, one statement paired every two initiatives of each neighborhood and sorted all the
 * pairs to keep the first 50: quadratic in a neighborhood's initiatives, so at 10,000 initiatives
 * the coordinator's saved Overlaps query outlived the gateway's timeout. The list is ordered by
 * neighborhood name, then the date the pair's shared period starts (the later of the two start
 * dates), then the two ids; so `catalog_overlaps` walks names in order and, within a name, the
 * start dates in order, and finds only the pairs whose later start is that date: one initiative
 * starting on it, the other on or before it (both on it: each pair once, by id). It returns as soon
 * as it has `lim` pairs. The answers are those of the old statement, row for row, in the same order
 * (the analysis suites compare them with an oracle computed from the raw rows).
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
            FOR pair IN
              WITH placed AS (
                SELECT DISTINCT s.initiative_id, s.neighborhood_id FROM catalog_site s
                  JOIN neighborhood n ON n.id = s.neighborhood_id
                 WHERE n.name = area_name AND (only_neighborhood IS NULL OR s.neighborhood_id = only_neighborhood)
              )
              SELECT least(x.id, y.id) AS first_id, greatest(x.id, y.id) AS second_id, px.neighborhood_id,
                     ARRAY(SELECT unnest(x.audiences) INTERSECT SELECT unnest(y.audiences) ORDER BY 1) AS shared_audiences,
                     least(x.end_date, y.end_date) AS ends
                FROM placed px
                JOIN catalog_initiative x ON x.id = px.initiative_id AND x.start_date = day
                JOIN placed py ON py.neighborhood_id = px.neighborhood_id AND py.initiative_id <> px.initiative_id
                JOIN catalog_initiative y ON y.id = py.initiative_id AND (y.start_date < day OR (y.start_date = day AND y.id > x.id))
               WHERE x.department_id <> y.department_id
                 AND x.audiences && y.audiences
                 AND (audience IS NULL OR (audience = ANY(x.audiences) AND audience = ANY(y.audiences)))
                 AND (include_demo OR NOT (x.is_demo OR y.is_demo))
                 AND (least(x.end_date, y.end_date) IS NULL OR day <= least(x.end_date, y.end_date))
                 AND (from_date IS NULL OR least(x.end_date, y.end_date) IS NULL OR least(x.end_date, y.end_date) >= from_date)
               ORDER BY 1, 2
            LOOP
              first_id := pair.first_id;
              second_id := pair.second_id;
              neighborhood_id := pair.neighborhood_id;
              shared_audiences := pair.shared_audiences;
              starts := day;
              ends := pair.ends;
              RETURN NEXT;
              listed := listed + 1;
              IF listed >= lim THEN RETURN; END IF;
            END LOOP;
          END LOOP;
        END LOOP;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION catalog_overlaps(varchar, text, date, date, integer, boolean)`);
  }
}
