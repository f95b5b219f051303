import { badUserInput, hasControlCharacters } from "@dlhub/subgraph-kit";
import { Field, ID, InputType } from "type-graphql";
import { InitiativeLinkKind } from "./coordination.entities.js";

/** The longest note or link note the coordinator may write; the note table checks it too. */
export const MAX_NOTE = 5000;

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

@InputType({ description: "A note's new text; it replaces the old text entirely." })
export class EditCoordinatorNoteInput {
  @Field(() => ID)
  id!: string;

  @Field()
  body!: string;
}

@InputType({ description: "A link's new note; null or blank removes the note (the link stays)." })
export class EditInitiativeLinkInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

/** A note's body as stored: trimmed, 1 to MAX_NOTE characters, line breaks but no other control characters. */
export function checkedNoteBody(body: string): string {
  const trimmed = body.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_NOTE) throw badUserInput(`a note is 1 to ${MAX_NOTE} characters`, "body");
  if (hasControlCharacters(trimmed, { lineBreaks: true })) throw badUserInput("a note may not contain control characters", "body");
  return trimmed;
}

/** A link's note as stored: trimmed, or null when there is none; checked like a note's body. */
export function checkedLinkNote(note: string | null | undefined): string | null {
  const trimmed = note?.trim() ?? "";
  if (trimmed.length > MAX_NOTE) throw badUserInput(`a note is at most ${MAX_NOTE} characters`, "note");
  if (hasControlCharacters(trimmed, { lineBreaks: true })) throw badUserInput("a note may not contain control characters", "note");
  return trimmed || null;
}
