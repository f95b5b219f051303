export { keyspotsImporter } from "./keyspots/keyspots.importer.js";
export { grantsImporter } from "./grants/grants.importer.js";
