import { geography, hub } from "@dlhub/hub";
import { grantsImporter, itDepartment, keyspotsImporter } from "@dlhub/it";
import { libraries, libraryBranchesImporter } from "@dlhub/libraries";
import { parks, recreationCentersImporter } from "@dlhub/parks";
import { type DepartmentDefinition, type Importer } from "@dlhub/subgraph-kit";

/** A kind of file `npm run import` takes: the department that owns the data, and its importer. */
export interface ImportKind {
  department: DepartmentDefinition;
  importer: Importer;
}

/**
 * Every kind, one line each; the order is the order `--help` lists them in. The importer's
 * `kind` is the name on the command line; its writes go to the department's own database.
 */
export const importKinds: ImportKind[] = [
  { department: itDepartment, importer: keyspotsImporter },
  { department: itDepartment, importer: grantsImporter },
  { department: libraries, importer: libraryBranchesImporter },
  { department: parks, importer: recreationCentersImporter },
  { department: hub, importer: geography.importers.neighborhoods },
  { department: hub, importer: geography.importers["planning-districts"] },
  { department: hub, importer: geography.importers.tracts },
  { department: hub, importer: geography.importers["tract-indicators"] },
];
