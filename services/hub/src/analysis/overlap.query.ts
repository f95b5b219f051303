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
 * One statement: `catalog_overlaps` (migration OverlapsInOrder) walks the neighborhoods by name and
 * the pairs' shared periods by start date, and stops at the limit, so the first page of overlaps
 * costs about the same at 100,000 initiatives as at 100. `first_id < second_id` keeps each pair
 * once. A missing end date means open-ended, so the pair's period ends at the earlier of the end
 * dates that exist (PostgreSQL's least() skips nulls) and is open-ended when neither has one.
 * Dates are formatted in SQL because the driver would turn a `date` into a local-midnight Date.
 */
const SQL = `
  SELECT first_id, second_id, neighborhood_id, shared_audiences,
         to_char(starts, 'YYYY-MM-DD') AS "from", to_char(ends, 'YYYY-MM-DD') AS "to"
    FROM catalog_overlaps($1::varchar, $2::text, $3::date, $4::date, $5::integer, $6::boolean)`;

export function queryOverlaps(db: DataSource, query: OverlapQuery): Promise<OverlapRow[]> {
  return db.query<OverlapRow[]>(SQL, [query.neighborhoodId, query.audience, query.from, query.to, query.limit, query.includeDemo]);
}
