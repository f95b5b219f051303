import { type RenderedFile, type TemplateContext } from "./context.js";
import { entryFiles } from "./entry.js";
import { initiativeFiles } from "./initiative.js";
import { migrationFiles } from "./migration.js";
import { packageFiles } from "./package.js";
import { repositoryFiles } from "./repository.js";
import { seedFiles } from "./seed.js";
import { testFiles } from "./test.js";
import { venueFiles } from "./venue.js";

export { type PackageVersions, type RenderedFile, type TemplateContext } from "./context.js";

/** Every file of a new department package, in the order a reader would open them. */
export function renderDepartment(context: TemplateContext): RenderedFile[] {
  return [
    ...packageFiles(context),
    ...entryFiles(context),
    ...initiativeFiles(context),
    ...venueFiles(context),
    ...migrationFiles(context),
    ...seedFiles(context),
    ...testFiles(context),
    ...repositoryFiles(context),
  ];
}
