import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** One published SDL of one subgraph. Rows are never updated or deleted: history is the audit trail. */
@Entity("subgraph_version")
export class SubgraphVersionRow {
  @PrimaryGeneratedColumn("identity", { generatedIdentity: "ALWAYS" })
  id!: number;

  @Column({ type: "varchar", length: 41 })
  name!: string;

  @Column({ name: "routing_url", type: "varchar", length: 2000 })
  routingUrl!: string;

  @Column({ type: "text" })
  sdl!: string;

  @Column({ type: "char", length: 64 })
  hash!: string;

  @Column({ name: "published_by", type: "text" })
  publishedBy!: string;

  @Column({ name: "published_at", type: "timestamptz" })
  publishedAt!: Date;
}
