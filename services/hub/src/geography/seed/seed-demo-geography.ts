import { ImportWriter } from "@dlhub/subgraph-kit";
import { type DataSource } from "typeorm";
import { CensusTract } from "../census-tract.entity.js";
import { type AreaGeometry, approximateAreaSquareMeters } from "../geometry.js";
import { areaColumns } from "../import/area-columns.js";
import { lockGeography, recomputeAssignments } from "../import/assignments.js";
import { Neighborhood } from "../neighborhood.entity.js";
import { PlanningDistrict } from "../planning-district.entity.js";
import { DEMO_HALF_SIZE, demoIndicators, demoNeighborhoods, demoPlanningDistricts, rectangle, tractName } from "./demo-geography.js";

const squareMetres = (geometry: AreaGeometry) => Math.round(approximateAreaSquareMeters(geometry));

/** A neighborhood's tracts: one covering it, or its west and east halves. */
function demoTracts(n: (typeof demoNeighborhoods)[number]) {
  const { dx, dy } = DEMO_HALF_SIZE;
  const shapes = n.tracts.length === 1 ? [rectangle(n.longitude, n.latitude, dx, dy)] : [-1, 1].map((side) => rectangle(n.longitude + (side * dx) / 2, n.latitude, dx / 2, dy));
  return n.tracts.map((geoid, i) => {
    const indicators = demoIndicators[geoid];
    return {
      geoid,
      name: tractName(geoid),
      landAreaSqm: squareMetres(shapes[i]),
      households: indicators.households,
      population: indicators.population,
      broadbandSubscriptionShare: indicators.share,
      indicatorSource: "DL Hub demo data",
      indicatorIsDemo: true,
      ...areaColumns(shapes[i], true),
    };
  });
}

/**
 * Loads the demo geography in one transaction; running it again changes nothing. Does nothing at
 * all once any real boundary file has been imported, so a restart with seeding on never puts
 * rectangles back among the City's shapes.
 */
export async function seedDemoGeography(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await lockGeography(manager);
    const [{ real }] = await manager.query<{ real: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM neighborhood WHERE NOT is_demo)
           OR EXISTS (SELECT 1 FROM planning_district WHERE NOT is_demo)
           OR EXISTS (SELECT 1 FROM census_tract WHERE NOT is_demo) AS real`,
    );
    if (real) return;
    const writer = new ImportWriter(manager, "DL Hub demo data");
    await writer.upsert(PlanningDistrict, demoPlanningDistricts.map(({ geometry, ...d }) => ({ ...d, ...areaColumns(geometry, true) })), ["id"]);
    await writer.upsert(
      Neighborhood,
      demoNeighborhoods.map(({ id, name, mapName, longitude, latitude }) => {
        const geometry = rectangle(longitude, latitude, DEMO_HALF_SIZE.dx, DEMO_HALF_SIZE.dy);
        return { id, name, mapName, areaSquareMeters: squareMetres(geometry), ...areaColumns(geometry, true) };
      }),
      ["id"],
    );
    await writer.upsert(CensusTract, demoNeighborhoods.flatMap(demoTracts), ["geoid"]);
    await recomputeAssignments(manager);
  });
}
