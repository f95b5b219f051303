import { commerce } from "@dlhub/commerce";
import { it } from "@dlhub/it";
import { libraries } from "@dlhub/libraries";
import { parks } from "@dlhub/parks";
import { type DepartmentDefinition } from "@dlhub/subgraph-kit";

/** The departments the local hub runs, with the ports `npm start` gives them. */
export const departments: { definition: DepartmentDefinition; port: number }[] = [
  { definition: it, port: 4001 },
  { definition: libraries, port: 4002 },
  { definition: commerce, port: 4003 },
  { definition: parks, port: 4004 },
];

export const GATEWAY_PORT = 4000;
export const HUB_PORT = 4005;
export const REGISTRY_PORT = 4006;
