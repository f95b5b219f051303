/** GeoJSON (RFC 7946) as importers read it: WGS84 longitude, latitude and an optional height. */
export type Position = number[];

export interface PointGeometry {
  type: "Point";
  coordinates: Position;
}

export interface MultiPointGeometry {
  type: "MultiPoint";
  coordinates: Position[];
}

export interface PolygonGeometry {
  type: "Polygon";
  coordinates: Position[][];
}

export interface MultiPolygonGeometry {
  type: "MultiPolygon";
  coordinates: Position[][][];
}

export type Geometry = PointGeometry | MultiPointGeometry | PolygonGeometry | MultiPolygonGeometry;
export type GeometryType = Geometry["type"];

export interface GeoJsonFeature<G extends Geometry = Geometry> {
  id?: string | number;
  geometry: G;
  properties: Record<string, unknown>;
}
