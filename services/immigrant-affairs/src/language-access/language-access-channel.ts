import { registerEnumType } from "type-graphql";

/** How a resident reaches a language-access service; each needs something different from them. */
export enum LanguageAccessChannel {
  /** Call a number; an interpreter joins the call. */
  PHONE = "PHONE",
  /** Text a number and get a call back in one's language. */
  TEXT_MESSAGE = "TEXT_MESSAGE",
  /** Come in during open hours at the service's venue. */
  WALK_IN = "WALK_IN",
  /** An interpreter in the room, booked ahead for a class or appointment. */
  IN_PERSON_INTERPRETER = "IN_PERSON_INTERPRETER",
  /** An interpreter on a tablet or laptop, for languages no one nearby speaks. */
  VIDEO_INTERPRETER = "VIDEO_INTERPRETER",
  /** Printed or online guides translated into the language. */
  TRANSLATED_MATERIALS = "TRANSLATED_MATERIALS",
}

registerEnumType(LanguageAccessChannel, { name: "LanguageAccessChannel", description: "How a resident reaches a language-access service." });
