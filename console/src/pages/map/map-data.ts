import type { Client } from "urql";
import {
  DepartmentListDocument,
  MapGapScoresDocument,
  MapPlacesDocument,
  type MapAreasQuery,
  type MapPlacesQuery,
  type PlaceFilter,
  type PlaceStatus,
} from "../../graphql/generated/graphql";
import { answer } from "../../graphql/gather";
import { PLACE_STATUSES } from "../../words/contract";

export type MapNeighborhood = MapAreasQuery["neighborhoods"][number];
export type MapPlace = MapPlacesQuery["places"]["nodes"][number];

export interface MapPlaces {
  places: MapPlace[];
  includesDemo: boolean;
}

/**
 * Every place, 100 at a time (the graph's largest page). Its cursors only go forward, so the
 * places are read in disjoint parts side by side: each place has one department (of those the hub
 * follows) and one status.
 */
export async function gatherPlaces(client: Client): Promise<MapPlaces> {
  const { departments } = answer(await client.query(DepartmentListDocument, {}).toPromise());
  const parts = departments.flatMap(({ departmentId }) =>
    (Object.keys(PLACE_STATUSES) as PlaceStatus[]).map((status) => ({ departmentIds: [departmentId], statuses: [status] })),
  );
  const gathered = await Promise.all(parts.map((filter) => gatherPart(client, filter)));
  return { places: gathered.flatMap((part) => part.places), includesDemo: gathered.some((part) => part.includesDemo) };
}

async function gatherPart(client: Client, filter: PlaceFilter): Promise<MapPlaces> {
  const places: MapPlace[] = [];
  let after: string | null = null;
  let includesDemo = false;
  for (;;) {
    const data: MapPlacesQuery = answer(await client.query(MapPlacesDocument, { filter, after }).toPromise());
    places.push(...data.places.nodes);
    includesDemo ||= data.places.includesDemo;
    if (!data.places.pageInfo.hasNextPage || !data.places.pageInfo.endCursor) return { places, includesDemo };
    after = data.places.pageInfo.endCursor;
  }
}

/** Every neighborhood's coverage-gap score (for all audiences), by neighborhood id. */
export async function gatherGapScores(client: Client): Promise<Map<string, number>> {
  const scores = new Map<string, number>();
  for (let offset = 0; ; offset += 100) {
    const data = answer(await client.query(MapGapScoresDocument, { offset }).toPromise());
    for (const gap of data.coverageGaps) scores.set(gap.neighborhood.id, gap.score);
    if (data.coverageGaps.length < 100) return scores;
  }
}
