export { recreationCentersImporter } from "./recreation-centers.importer.js";
