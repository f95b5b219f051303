import { detailFieldFor } from "@dlhub/schema";

/**
 * Every name a new department's code uses, derived once from its subgraph name so the folder,
 * package, subgraph, database, environment prefix and GraphQL types always agree (STYLE rule 1).
 */
export interface DepartmentNames {
  /** The subgraph name in lower kebab-case, e.g. `immigrant-affairs`. */
  name: string;
  /** `@dlhub/immigrant-affairs`. */
  packageName: string;
  /** `ImmigrantAffairs`: the prefix of every GraphQL type the department defines. */
  pascal: string;
  /** `immigrantAffairs`: the prefix of its root fields. */
  camel: string;
  /** The exported DepartmentDefinition, `immigrantAffairs` (a reserved word gets `Department` appended). */
  definition: string;
  /** `IMMIGRANT_AFFAIRS`: the prefix of its environment variables. */
  envPrefix: string;
  /** Its field on the hub's `Initiative`, per the contract's naming rule. */
  detailField: string;
  /** `ImmigrantAffairsInitiative`. */
  initiativeType: string;
  /** `ImmigrantAffairsVenue`: the scaffold's own entity, a place where initiatives meet. */
  venueType: string;
}

// Identifiers a department name could turn into that JavaScript would refuse as a const name.
const RESERVED = new Set(
  ("break case catch class const continue debugger default delete do else enum export extends false finally for function if " +
    "implements import in instanceof interface let new null package private protected public return static super switch this " +
    "throw true try typeof var void while with yield await").split(" "),
);

export function departmentNames(name: string): DepartmentNames {
  // detailFieldFor validates the name (lower kebab-case) and throws a TypeError naming it.
  const detailField = detailFieldFor(name);
  const words = name.split("-");
  const pascal = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
  const camel = pascal.charAt(0).toLowerCase() + pascal.slice(1);
  return {
    name,
    packageName: `@dlhub/${name}`,
    pascal,
    camel,
    definition: RESERVED.has(camel) ? `${camel}Department` : camel,
    envPrefix: name.toUpperCase().replace(/-/g, "_"),
    detailField,
    initiativeType: `${pascal}Initiative`,
    venueType: `${pascal}Venue`,
  };
}

/** `immigrant-affairs` → `Immigrant Affairs`: the default title when none is given. */
export function defaultTitle(name: string): string {
  return name
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}
