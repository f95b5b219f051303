export { libraryBranchesImporter } from "./library-branches.importer.js";
