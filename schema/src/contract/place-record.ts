import { Field, ObjectType } from "type-graphql";
import { Column } from "typeorm";
import { DateTime } from "./scalars.js";

/** The dataset every demo row names as its source. */
export const DEMO_DATASET = "DL Hub demo data";

/**
 * Natural keys of demo rows start with this, so a real record imported later can never take a
 * demo record's key (and with it the demo's labs, camps or hours).
 */
export const DEMO_KEY_PREFIX = "demo-";

/**
 * Where a place row came from, on every department's place tables (docs/places.md): demo data,
 * or the file and time of the import that wrote it. A place entity extends this class.
 */
@ObjectType()
export abstract class PlaceRecord {
  @Field({ description: "True for DL Hub's demo data; real imports retire demo rows of their kind." })
  @Column({ name: "is_demo", type: "boolean", default: false })
  isDemo!: boolean;

  @Field(() => String, { nullable: true, description: "The file the row was imported from, or `DL Hub demo data`." })
  @Column({ name: "source_dataset", type: "varchar", length: 200, nullable: true })
  sourceDataset!: string | null;

  @Field(() => DateTime, { nullable: true, description: "When the row was imported; null for demo data and rows typed in." })
  @Column({ name: "source_imported_at", type: "timestamptz", nullable: true })
  sourceImportedAt!: Date | null;
}
