import { type Importer } from "@dlhub/subgraph-kit";
import { neighborhoodsImporter } from "./neighborhoods.importer.js";
import { planningDistrictsImporter } from "./planning-districts.importer.js";
import { tractIndicatorsImporter } from "./tract-indicators.importer.js";
import { tractsImporter } from "./tracts.importer.js";

/** Geography importers by kind, the name a CLI or an operator uses for the file. */
export const geographyImporters = {
  neighborhoods: neighborhoodsImporter,
  "planning-districts": planningDistrictsImporter,
  tracts: tractsImporter,
  "tract-indicators": tractIndicatorsImporter,
} satisfies Record<string, Importer>;
