import { type SubgraphService } from "@dlhub/subgraph-kit";
import { queryOk, waitFor } from "@dlhub/subgraph-kit/testing";
import { feedsCaughtUp, waitForCatalog } from "../src/bench/catch-up";
import { timedWait } from "./catalog-compare";
import { type TestHub, startTestHub } from "./start-test-hub";

const CODE = "99001";
const PLACE_ID = `libraries:library_branch:${CODE}`;

/** The counts of one kind of place in each neighborhood, as the coordinator's map asks for them. */
async function countsByNeighborhood(hub: TestHub, kind: string): Promise<Map<string, number>> {
  const data = await queryOk<any>(hub.gatewayUrl, `{ neighborhoods { id placeCounts(includeDemo: true) { kind count } } }`);
  return new Map(
    data.neighborhoods.map((n: any) => [n.id, n.placeCounts.filter((c: any) => c.kind === kind).reduce((sum: number, c: any) => sum + c.count, 0)]),
  );
}

/**
 * Places reach the hub through each department's place feed, whether or not an initiative uses
 * them, and are counted where they lie; the hub's questions about them cost a fixed number of
 * statements however many places there are.
 */
describe("every department's places in the hub", () => {
  let hub: TestHub;
  const service = (name: string) => hub.subgraphs.find((s) => s.name === name) as SubgraphService;
  const libraries = () => service("libraries").database.dataSource;

  beforeAll(async () => {
    hub = await startTestHub();
    await waitForCatalog(hub, "the hub to apply every department's feeds", () => feedsCaughtUp(hub), 30_000);
  });
  afterAll(() => hub?.stop());

  it("holds every place of every department, demo-flagged, used by an initiative or not", async () => {
    const data = await queryOk<any>(hub.gatewayUrl, `{ places(first: 100) { totalCount includesDemo nodes { id department kind isDemo sourceDataset } } }`);
    const expected = await Promise.all(
      hub.subgraphs
        .filter((s) => s.name !== "hub")
        .map(async (s) => (await s.database.dataSource.query(`SELECT count(DISTINCT place_key)::int AS n FROM place_change`))[0].n as number),
    );
    // Every place key ever logged still exists in the demo data, so the logs' keys are the places.
    expect(data.places.totalCount).toBe(expected.reduce((a, b) => a + b, 0));
    expect(data.places.includesDemo).toBe(true);
    for (const place of data.places.nodes) expect(place).toMatchObject({ isDemo: true, sourceDataset: "DL Hub demo data" });
    const departments = new Set(data.places.nodes.map((p: any) => p.department));
    expect([...departments].sort()).toEqual(["COMMERCE", "IT", "LIBRARIES", "PARKS"]);
  });

  it("shows a place added in a department, then moved, then closed, then removed, within 5 s each", async () => {
    const hoods = (await queryOk<any>(hub.gatewayUrl, `{ neighborhoods { id latitude longitude } }`)).neighborhoods;
    const [from, to] = hoods;
    const before = await countsByNeighborhood(hub, "LIBRARY_BRANCH");
    const placed = async (neighborhood: string | null, status = "OPEN") => {
      const data = await queryOk<any>(hub.gatewayUrl, `query($id: ID!) { place(id: $id) { name status isDemo neighborhood { id } } }`, { id: PLACE_ID });
      return data.place !== null && (data.place.neighborhood?.id ?? null) === neighborhood && data.place.status === status;
    };

    await libraries().query(
      `INSERT INTO branch (code, name, type, address, latitude, longitude) VALUES ($1, 'Test Branch', 'BRANCH', '1 Test St', $2, $3)`,
      [CODE, from.latitude, from.longitude],
    );
    const addedMs = await timedWait(() => placed(from.id), 5000, "the new branch in its neighborhood");
    expect((await countsByNeighborhood(hub, "LIBRARY_BRANCH")).get(from.id)).toBe((before.get(from.id) ?? 0) + 1);

    await libraries().query(`UPDATE branch SET latitude = $2, longitude = $3 WHERE code = $1`, [CODE, to.latitude, to.longitude]);
    const movedMs = await timedWait(() => placed(to.id), 5000, "the branch in its new neighborhood");
    const after = await countsByNeighborhood(hub, "LIBRARY_BRANCH");
    expect(after.get(from.id) ?? 0).toBe(before.get(from.id) ?? 0);
    expect(after.get(to.id)).toBe((before.get(to.id) ?? 0) + 1);

    await libraries().query(`UPDATE branch SET closed = true WHERE code = $1`, [CODE]);
    const closedMs = await timedWait(() => placed(to.id, "CLOSED"), 5000, "the branch closed");

    await libraries().query(`DELETE FROM branch WHERE code = $1`, [CODE]);
    const removedMs = await timedWait(
      async () => (await queryOk<any>(hub.gatewayUrl, `query($id: ID!) { place(id: $id) { id } }`, { id: PLACE_ID })).place === null,
      5000,
      "the branch gone",
    );
    console.log(`place added → hub ${addedMs} ms, moved ${movedMs} ms, closed ${closedMs} ms, removed ${removedMs} ms`);
  });

  it("answers place questions in the same number of statements for 100 and for 2,000 places", async () => {
    const QUERY = `{
      places(first: 100, filter: { includeDemo: true }) { totalCount nodes { id name kind status
        neighborhood { name } planningDistrict { name } host { name } hostedPlaces { name } initiatives { title } } }
      planningDistricts { name placeCounts(includeDemo: true) { department kind status count } }
      neighborhoods { name placeCounts(includeDemo: true) { kind count } } }`;
    const grow = async (total: number) => {
      const [{ n }] = await hub.subgraphs.find((s) => s.name === "hub")!.database.dataSource.query(`SELECT count(*)::int AS n FROM catalog_place`);
      const missing = total - n;
      // Real branches spread over the neighborhoods' centres, named apart from the demo ones.
      await libraries().query(
        `INSERT INTO branch (code, name, type, address, latitude, longitude)
         SELECT 'g' || (x + $2), 'Grown Branch ' || (x + $2), 'BRANCH', x || ' Grown St', 39.95 + (x % 40) * 0.003, -75.16 + (x % 37) * 0.003
           FROM generate_series(1, $1) x`,
        [missing, n],
      );
      await waitFor(async () => (await queryOk<any>(hub.gatewayUrl, `{ places(filter: { includeDemo: true }) { totalCount } }`)).places.totalCount === total, `${total} places`);
    };
    const statementsFor = async () => {
      const runs: number[] = [];
      for (let run = 0; run < 3; run += 1) {
        const before = hub.statements();
        const data = await queryOk<any>(hub.gatewayUrl, QUERY);
        runs.push(hub.statements() - before);
        expect(data.places.nodes.length).toBe(Math.min(100, data.places.totalCount));
      }
      return Math.min(...runs);
    };
    await grow(100);
    const small = await statementsFor();
    await grow(2000);
    const large = await statementsFor();
    console.log(`statements per place request: ${small} at 100 places, ${large} at 2,000`);
    // A page of grown branches has no hosts, so it may skip a loader the first page needed; a
    // statement per place would add a hundred.
    expect(large).toBeLessThanOrEqual(small);
    expect(large).toBeGreaterThanOrEqual(small - 2);
    expect(small).toBeLessThan(20);
  });
});
