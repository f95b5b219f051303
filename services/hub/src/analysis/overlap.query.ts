import { type Audience } from "@dlhub/schema";
import { type DataSource } from "typeorm";

export interface OverlapQuery {
  audience: Audience | null;
  neighborhoodId: string | null;
  from: string | null;
  to: string | null;
  limit: number;
  includeDemo: boolean;
}

export interface OverlapRow {
  first_id: string;
  second_id: string;
  neighborhood_id: string;
  shared_audiences: Audience[];
  from: string;
  to: string | null;
}

/**
 * One statement: the catalog's (initiative, neighborhood) placements joined to themselves on the
 * neighborhood. `a.id < b.id` keeps each pair once and drops an initiative's pairing with itself.
 * A missing end date means open-ended, so the pair's period ends at the earlier of the end dates
 * that exist (PostgreSQL's least() skips nulls) and is open-ended when neither has one. Dates are
 * formatted in SQL because the driver would turn a `date` into a local-midnight Date.
 */
const SQL = `
  WITH placed AS (
    SELECT DISTINCT initiative_id, neighborhood_id
      FROM catalog_site
     WHERE neighborhood_id IS NOT NULL AND ($1::varchar IS NULL OR neighborhood_id = $1::varchar)
  ), pairs AS (
    SELECT a.id AS first_id, b.id AS second_id, pa.neighborhood_id,
           ARRAY(SELECT unnest(a.audiences) INTERSECT SELECT unnest(b.audiences) ORDER BY 1) AS shared_audiences,
           greatest(a.start_date, b.start_date) AS from_date,
           least(a.end_date, b.end_date) AS to_date
      FROM placed pa
      JOIN placed pb ON pb.neighborhood_id = pa.neighborhood_id AND pa.initiative_id < pb.initiative_id
      JOIN catalog_initiative a ON a.id = pa.initiative_id
      JOIN catalog_initiative b ON b.id = pb.initiative_id
     WHERE a.department_id <> b.department_id
       AND a.audiences && b.audiences
       AND ($2::text IS NULL OR ($2::text = ANY(a.audiences) AND $2::text = ANY(b.audiences)))
       AND ($6::boolean OR NOT (a.is_demo OR b.is_demo))
  )
  SELECT p.first_id, p.second_id, p.neighborhood_id, p.shared_audiences,
         to_char(p.from_date, 'YYYY-MM-DD') AS "from", to_char(p.to_date, 'YYYY-MM-DD') AS "to"
    FROM pairs p
    JOIN neighborhood n ON n.id = p.neighborhood_id
   WHERE (p.to_date IS NULL OR p.from_date <= p.to_date)
     AND ($3::date IS NULL OR p.to_date IS NULL OR p.to_date >= $3::date)
     AND ($4::date IS NULL OR p.from_date <= $4::date)
   ORDER BY n.name, p.from_date, p.first_id, p.second_id
   LIMIT $5`;

export function queryOverlaps(db: DataSource, query: OverlapQuery): Promise<OverlapRow[]> {
  return db.query<OverlapRow[]>(SQL, [query.neighborhoodId, query.audience, query.from, query.to, query.limit, query.includeDemo]);
}
