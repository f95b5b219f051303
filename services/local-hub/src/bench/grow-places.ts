import { type Hub } from "../hub.js";
import { waitFor } from "./catch-up.js";
import { postQuery } from "./graphql-client.js";

const placesIn = async (hub: Hub) =>
  (await postQuery<{ places: { totalCount: number } }>(hub.gatewayUrl, `{ places(filter: { includeDemo: true }) { totalCount } }`)).places.totalCount;

/**
 * Adds demo library branches until the hub's place catalog holds `target` places, spread over the
 * City's middle so every area count has work to do, and waits until the gateway counts them. Demo
 * rows (keys `demo-bench-…`), so the hub stays in demo mode and the initiative questions timed
 * after this still see the demo catalog.
 */
export async function growPlaces(hub: Hub, target: number, timeoutMs: number): Promise<{ places: number; seeded: number }> {
  const libraries = hub.subgraphs.find((s) => s.name === "libraries");
  if (!libraries) throw new Error("the Free Library's subgraph is not running");
  const seeded = await placesIn(hub);
  await libraries.database.dataSource.query(
    `INSERT INTO branch (code, name, type, address, latitude, longitude, public_computers, is_demo, source_dataset)
     SELECT 'demo-bench-' || x, 'Bench Branch ' || x, 'BRANCH', x || ' Bench St', 39.93 + (x % 53) * 0.0025, -75.23 + (x % 47) * 0.0025,
            x % 20, true, 'DL Hub demo data'
       FROM generate_series(1, $1) x`,
    [Math.max(0, target - seeded)],
  );
  await waitFor(hub, `${target} places in the place catalog`, async () => (await placesIn(hub)) >= target, timeoutMs);
  return { places: await placesIn(hub), seeded };
}
