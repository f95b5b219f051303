import { InitiativeContract } from "@dlhub/schema";
import { Directive, ObjectType } from "type-graphql";
import { Entity } from "typeorm";

@Directive('@key(fields: "id")')
@ObjectType({ description: "An Office of Innovation and Technology digital-equity initiative, with the hub contract fields." })
@Entity("initiative")
export class ItInitiative extends InitiativeContract {}
