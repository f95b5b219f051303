import { InitiativeContract } from "@dlhub/schema";
import { Directive, ObjectType } from "type-graphql";
import { Entity } from "typeorm";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A Department of Commerce small-business digital-skills initiative, with the hub contract fields." })
@Entity("initiative")
export class CommerceInitiative extends InitiativeContract {}
