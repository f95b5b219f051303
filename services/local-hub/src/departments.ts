import { commerce } from "@dlhub/commerce";
import { itDepartment } from "@dlhub/it";
import { libraries } from "@dlhub/libraries";
import { parks } from "@dlhub/parks";
import { defaultPort } from "@dlhub/schema";
import { type DepartmentDefinition } from "@dlhub/subgraph-kit";

/** Each service's default port as schema/subgraphs.json, the one table of them, lists it. */
function listedPort(name: string): number {
  const port = defaultPort(name);
  if (port === undefined) throw new Error(`schema/subgraphs.json lists no port for ${name}`);
  return port;
}

/** The departments the local hub runs, with the ports `npm start` gives them. */
export const departments: { definition: DepartmentDefinition; port: number }[] = [itDepartment, libraries, commerce, parks].map((definition) => ({
  definition,
  port: listedPort(definition.name),
}));

export const GATEWAY_PORT = 4000;
export const HUB_PORT = listedPort("hub");
export const REGISTRY_PORT = 4006;
