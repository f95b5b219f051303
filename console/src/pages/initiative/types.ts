import type { InitiativeDetailQuery } from "../../graphql/generated/graphql";

export type InitiativeDetail = NonNullable<InitiativeDetailQuery["initiative"]>;
