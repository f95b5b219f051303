import { InitiativeContract } from "@dlhub/schema";
import { Directive, ObjectType } from "type-graphql";
import { Entity } from "typeorm";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A Parks & Recreation digital-literacy initiative, with the hub contract fields." })
@Entity("initiative")
export class ParksInitiative extends InitiativeContract {}
