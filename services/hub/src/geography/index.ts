import { NeighborhoodBoundaryResolver, PlanningDistrictBoundaryResolver } from "./boundary.resolver.js";
import { CensusTract } from "./census-tract.entity.js";
import { CensusTractResolver } from "./census-tract.resolver.js";
import { GeoIndex } from "./geo-index.js";
import { geographyImporters } from "./import/index.js";
import { Neighborhood } from "./neighborhood.entity.js";
import { NeighborhoodResolver } from "./neighborhood.resolver.js";
import { PlanningDistrict } from "./planning-district.entity.js";
import { PlanningDistrictResolver } from "./planning-district.resolver.js";
import { geographyReferenceResolvers } from "./reference-resolvers.js";
import { seedDemoGeography } from "./seed/seed-demo-geography.js";
import { CreateGeography20261128200100 } from "../migrations/20261128200100-CreateGeography.js";

/**
 * The geography the hub owns: neighborhoods, planning districts and census tracts, their import
 * from the City's files, the in-memory GeoIndex that places a point, and demo shapes for a fresh
 * start. The hub's department definition spreads these lists into its own.
 */
export const geography = {
  entities: [Neighborhood, PlanningDistrict, CensusTract],
  migrations: [CreateGeography20261128200100],
  resolvers: [NeighborhoodResolver, PlanningDistrictResolver, CensusTractResolver, NeighborhoodBoundaryResolver, PlanningDistrictBoundaryResolver],
  referenceResolvers: geographyReferenceResolvers,
  importers: geographyImporters,
  GeoIndex,
  seedDemoGeography,
};

export { CensusTract, GeoIndex, Neighborhood, PlanningDistrict, geographyImporters, geographyReferenceResolvers, seedDemoGeography };
export { type GeoLayers, type GeoLocation, type IndexedArea } from "./geo-index.js";
export { geoIndexFromDatabase, loadGeoLayers } from "./geo-layers.js";
