import { type LocalHub } from "../local-hub.js";
import { waitForCatalog } from "./catch-up.js";
import { postQuery } from "./graphql-client.js";

const placesIn = async (hub: LocalHub) =>
  (await postQuery<{ places: { totalCount: number } }>(hub.gatewayUrl, `{ places(filter: { includeDemo: true }) { totalCount } }`)).places.totalCount;

/**
 * Adds demo commercial corridors until the hub's place catalog holds `target` places, spread over
 * the City's middle so every area count has work to do, and waits until the gateway counts them.
 * Demo rows (keys `demo-bench-…`), so the hub stays in demo mode and the initiative questions timed
 * after this still see the demo catalog. Corridors, not branches: the demo "every branch"
 * initiative would make each added branch one of its sites, and every copy the catalog growth
 * makes of it would carry them all.
 */
export async function growPlaces(hub: LocalHub, target: number, timeoutMs: number): Promise<{ places: number; seeded: number }> {
  const commerce = hub.subgraphs.find((s) => s.name === "commerce");
  if (!commerce) throw new Error("the Department of Commerce's subgraph is not running");
  const seeded = await placesIn(hub);
  await commerce.database.dataSource.query(
    `INSERT INTO commercial_corridor (id, name, description, council_district, latitude, longitude, storefront_count, is_demo, source_dataset)
     SELECT 'demo-bench-' || x, 'Bench Corridor ' || x, x || ' Bench St', 1 + x % 10, 39.93 + (x % 53) * 0.0025, -75.23 + (x % 47) * 0.0025,
            x % 40, true, 'DL Hub demo data'
       FROM generate_series(1, $1) x`,
    [Math.max(0, target - seeded)],
  );
  await waitForCatalog(hub, `${target} places in the place catalog`, async () => (await placesIn(hub)) >= target, timeoutMs);
  return { places: await placesIn(hub), seeded };
}
