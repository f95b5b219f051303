import { InitiativeContract } from "@dlhub/schema";
import { Directive, ObjectType } from "type-graphql";
import { Entity } from "typeorm";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A Office of Immigrant Affairs digital-literacy initiative, with the hub contract fields." })
@Entity("initiative")
export class ImmigrantAffairsInitiative extends InitiativeContract {}
