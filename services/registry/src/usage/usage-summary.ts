import { Supergraph } from "@apollo/federation-internals";
import { type UnusedField, type UsedCoordinate, type UsageSummary, notFound } from "@dlhub/schema";
import { type GraphQLSchema, isInterfaceType, isObjectType } from "graphql";
import { apiSchemaOf } from "../checks/api-schema.js";

export interface SummaryInput {
  days: number;
  now: Date;
  subgraph: string | null;
  used: UsedCoordinate[];
  /** The live supergraph; null before the first publish. */
  supergraphSdl: string | null;
}

/**
 * What `dlhub usage` shows: the coordinates used within the window, and the live API schema's
 * fields no client used in it. A deprecated field among those is marked removable: the usage
 * check lets a publish remove it.
 */
export function usageSummary({ days, now, subgraph, used, supergraphSdl }: SummaryInput): UsageSummary {
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - days + 1)).toISOString();
  const owns = subgraph === null ? () => true : ownedBy(supergraphSdl, subgraph);
  const usedHere = used.filter(({ coordinate }) => owns(coordinate));
  const usedNames = new Set(used.map(({ coordinate }) => coordinate));
  const unused = supergraphSdl === null ? [] : fieldsOf(apiSchemaOf(supergraphSdl)).filter((field) => !usedNames.has(field.coordinate) && owns(field.coordinate));
  return { days, since, subgraph, used: usedHere, unused };
}

function fieldsOf(schema: GraphQLSchema): UnusedField[] {
  const fields: UnusedField[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const deprecated = Boolean(field.deprecationReason);
      fields.push({ coordinate: `${type.name}.${field.name}`, deprecated, removable: deprecated });
    }
  }
  return fields.sort((a, b) => a.coordinate.localeCompare(b.coordinate));
}

/** Whether a coordinate's type and member are defined in one subgraph, as the supergraph records it. */
function ownedBy(supergraphSdl: string | null, name: string): (coordinate: string) => boolean {
  const subgraph = supergraphSdl === null ? undefined : Supergraph.build(supergraphSdl).subgraphs().get(name);
  if (!subgraph) throw notFound(`No subgraph named ${name} is live.`);
  return (coordinate) => {
    const [typeName, rest] = coordinate.split(".");
    const member = rest.replace(/\(.*$/, "");
    const type = subgraph.schema.type(typeName);
    if (!type) return false;
    if (type.kind === "EnumType") return type.value(member) !== undefined;
    if (type.kind === "ObjectType" || type.kind === "InterfaceType" || type.kind === "InputObjectType") return type.field(member) !== undefined;
    return false;
  };
}
