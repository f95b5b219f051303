import { Field, Float, ObjectType } from "type-graphql";
import { Column } from "typeorm";
import { type AreaGeometry } from "./geometry.js";

/**
 * The columns every boundary layer shares. The geometry is kept as GeoJSON in jsonb for the
 * GeoIndex and is deliberately not a GraphQL field: an outline runs to tens of kilobytes, and the
 * hub answers "which area", not "what shape". `select: false` keeps it out of every ordinary
 * query; the GeoIndex and the importers ask for it by name. The bounding box lets SQL and the
 * index skip most shapes cheaply.
 */
@ObjectType()
export abstract class MappedArea {
  @Column({ type: "jsonb", select: false })
  geometry!: AreaGeometry;

  @Column({ name: "min_longitude", type: "double precision" })
  minLongitude!: number;

  @Column({ name: "min_latitude", type: "double precision" })
  minLatitude!: number;

  @Column({ name: "max_longitude", type: "double precision" })
  maxLongitude!: number;

  @Column({ name: "max_latitude", type: "double precision" })
  maxLatitude!: number;

  @Field(() => Float, { description: "Latitude of the area's centroid (moved inside the area when the shape is so concave that the centroid falls outside it)." })
  @Column({ type: "double precision" })
  latitude!: number;

  @Field(() => Float, { description: "Longitude of the same point." })
  @Column({ type: "double precision" })
  longitude!: number;

  @Field({ description: "True for the simplified demo shapes loaded when no City boundary file has been imported." })
  @Column({ name: "is_demo", type: "boolean", default: false })
  isDemo!: boolean;
}
