import { type SupergraphReason } from "@dlhub/schema";
import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * One composed supergraph, the unit the gateway serves. The newest row is live, and its subgraph
 * versions are the live subgraph set. Append-only, like subgraph_version.
 */
@Entity("supergraph_version")
export class SupergraphVersionRow {
  /** 1, 2, 3, … without gaps: assigned under the registry lock, not by a sequence (see Registry). */
  @PrimaryColumn({ type: "integer" })
  version!: number;

  @Column({ type: "text" })
  sdl!: string;

  @Column({ type: "char", length: 64 })
  hash!: string;

  @Column({ name: "subgraph_version_ids", type: "integer", array: true })
  subgraphVersionIds!: number[];

  @Column({ name: "created_by", type: "text" })
  createdBy!: string;

  @Column({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  @Column({ type: "varchar", length: 10 })
  reason!: SupergraphReason;

  @Column({ name: "rolled_back_to", type: "integer", nullable: true })
  rolledBackTo!: number | null;
}
