const SUBGRAPH_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Subgraphs whose detail field was named before the rule existed. `libraries` chose the singular
 * `Initiative.library`, which gateways and saved queries already use, so it stays.
 */
const HISTORICAL_DETAIL_FIELDS: Readonly<Record<string, string>> = { libraries: "library" };

/**
 * The name of a department's field on the hub's `Initiative`: the camelCase of its subgraph name
 * (`it` -> `it`, `immigrant-affairs` -> `immigrantAffairs`), with `libraries` -> `library` as the one
 * historical exception. One rule means a coordinator can guess the field from the department.
 */
export function detailFieldFor(subgraphName: string): string {
  if (!SUBGRAPH_NAME.test(subgraphName)) {
    throw new TypeError(
      `Expected a subgraph name in lower kebab-case (e.g. "immigrant-affairs"), got ${JSON.stringify(subgraphName)}.`,
    );
  }
  return (
    HISTORICAL_DETAIL_FIELDS[subgraphName] ??
    subgraphName.replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase())
  );
}
