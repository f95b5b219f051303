import { featureLines } from "./geojson-lines.js";
import { geometryProblem, isObject } from "./geojson-geometry.js";
import { type GeoJsonFeature, type Geometry, type GeometryType } from "./geojson-types.js";
import { type ImportProblem } from "./problems.js";
import { type SourceFile, type SourceRecord, readSourceText } from "./source-file.js";

export interface GeoJsonOptions<T extends GeometryType> {
  /** The geometry types the importer takes, e.g. `["Point"]` or `["Polygon", "MultiPolygon"]`. */
  geometry: readonly T[];
}

/** Reads a GeoJSON FeatureCollection file; see {@link parseGeoJson}. */
export async function readGeoJson<T extends GeometryType>(file: string, options: GeoJsonOptions<T>): Promise<SourceFile<GeoJsonFeature<Extract<Geometry, { type: T }>>>> {
  return parseGeoJson(await readSourceText(file), options);
}

/**
 * One record per feature whose geometry is usable; every other feature is a problem at the line
 * it starts on. Properties are passed on as they are, for the importer's own validation.
 */
export function parseGeoJson<T extends GeometryType>(text: string, options: GeoJsonOptions<T>): SourceFile<GeoJsonFeature<Extract<Geometry, { type: T }>>> {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    return { records: [], problems: [{ line: jsonErrorLine(text, error), reason: `not valid JSON: ${(error as Error).message}` }] };
  }
  if (!isObject(root) || root.type !== "FeatureCollection" || !Array.isArray(root.features)) {
    return { records: [], problems: [{ line: 1, reason: "not a GeoJSON FeatureCollection (expected type \"FeatureCollection\" and a features array)" }] };
  }
  const lines = featureLines(text);
  const records: SourceRecord<GeoJsonFeature<Extract<Geometry, { type: T }>>>[] = [];
  const problems: ImportProblem[] = [];
  root.features.forEach((feature: unknown, index) => {
    const at = { line: lines[index] ?? 1, feature: index + 1 };
    if (!isObject(feature) || feature.type !== "Feature") {
      problems.push({ ...at, reason: "not a GeoJSON Feature" });
      return;
    }
    const problem = geometryProblem(feature.geometry, options.geometry);
    if (problem) {
      problems.push({ ...at, reason: problem });
      return;
    }
    if (feature.properties !== null && feature.properties !== undefined && !isObject(feature.properties)) {
      problems.push({ ...at, reason: "properties is not an object" });
      return;
    }
    const id = typeof feature.id === "string" || typeof feature.id === "number" ? feature.id : undefined;
    records.push({
      ...at,
      fields: { id, geometry: feature.geometry as Extract<Geometry, { type: T }>, properties: (feature.properties as Record<string, unknown> | null) ?? {} },
    });
  });
  return { records, problems };
}

/**
 * V8 reports where most syntax errors are, as a line (Node 22+) or a character position (Node 20);
 * people want the line. An unexpected token comes with a snippet of text instead, hence line 1.
 */
function jsonErrorLine(text: string, error: unknown): number {
  const message = String((error as Error).message);
  const line = /\(line (\d+) column \d+\)/.exec(message)?.[1];
  if (line !== undefined) return Number(line);
  const position = /position (\d+)/.exec(message)?.[1];
  return position === undefined ? 1 : text.slice(0, Number(position)).split("\n").length;
}
