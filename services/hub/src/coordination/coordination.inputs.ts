import { Field, ID, InputType } from "type-graphql";
import { InitiativeLinkKind } from "./coordination.entities.js";

@InputType()
export class LinkInitiativesInput {
  @Field(() => ID)
  fromId!: string;

  @Field(() => ID)
  toId!: string;

  @Field(() => InitiativeLinkKind)
  kind!: InitiativeLinkKind;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class AddCoordinatorNoteInput {
  @Field(() => ID)
  initiativeId!: string;

  @Field()
  body!: string;
}
