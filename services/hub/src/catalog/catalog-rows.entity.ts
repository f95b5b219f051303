import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * The catalog's copies of initiatives' partners and outcomes. GraphQL serves them as the
 * contract's own `InitiativePartner` and `OutcomeMetric` types, so these classes are tables only.
 */
@Entity("catalog_partner")
export class CatalogPartner {
  @PrimaryColumn({ name: "initiative_id", type: "uuid" })
  initiativeId!: string;

  @PrimaryColumn({ name: "partner_slug", type: "varchar", length: 120 })
  partnerSlug!: string;

  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Column({ type: "varchar", length: 20 })
  role!: string;
}

@Entity("catalog_outcome")
export class CatalogOutcome {
  @PrimaryColumn({ name: "initiative_id", type: "uuid" })
  initiativeId!: string;

  @PrimaryColumn({ type: "varchar", length: 40 })
  metric!: string;

  @PrimaryColumn({ name: "period_start", type: "date" })
  periodStart!: string;

  @Column({ type: "integer" })
  value!: number;

  @Column({ name: "period_end", type: "date" })
  periodEnd!: string;
}
