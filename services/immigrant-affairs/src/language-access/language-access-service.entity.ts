import { Language, PlaceRecord } from "@dlhub/schema";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { LanguageAccessChannel } from "./language-access-channel.js";

/**
 * A way residents who speak little English get one of the Office's initiatives in their own
 * language: a help line, interpreters for classes, walk-in hours with bilingual staff, translated
 * guides. It says which languages and how to reach it, which is what a navigator or 311 needs.
 * One that residents walk in to is a language-access desk, one of the Office's places.
 */
@ObjectType({ description: "A language-access service of an Office of Immigrant Affairs initiative: its languages and how to reach it." })
@Entity("language_access_service")
export class LanguageAccessService extends PlaceRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  /** The natural key the seed upserts on. */
  @Field({ description: "The Office's stable key for this service." })
  @Column({ type: "varchar", length: 120, unique: true })
  slug!: string;

  @Index()
  @Column({ name: "initiative_id", type: "uuid" })
  initiativeId!: string;

  /** The venue of a walk-in service; null for services reached by phone, video or in print. */
  @Column({ name: "venue_slug", type: "varchar", length: 120, nullable: true })
  venueSlug!: string | null;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => [Language], { description: "The languages it is offered in, in the contract's codes." })
  @Column({ type: "text", array: true })
  languages!: Language[];

  @Field(() => [LanguageAccessChannel], { description: "The ways to reach it." })
  @Column({ type: "text", array: true })
  channels!: LanguageAccessChannel[];

  @Field({ description: "What a resident does to use it, in one or two sentences." })
  @Column({ name: "how_to_reach", type: "text" })
  howToReach!: string;

  @Field(() => String, { nullable: true, description: "The number for PHONE and TEXT_MESSAGE, e.g. 215-555-0142." })
  @Column({ type: "varchar", length: 12, nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: "When it is open or how far ahead to ask, in words." })
  @Column({ type: "varchar", length: 200, nullable: true })
  hours!: string | null;
}
