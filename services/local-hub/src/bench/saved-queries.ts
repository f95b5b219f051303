import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse, print } from "graphql";
import { OPERATIONS_DIRECTORY } from "../publish.js";
import { type BenchQuery } from "./queries.js";

/** Rows of an answer's first field: its `nodes` for a page, its items for a list. */
function rowsOfFirstField(data: Record<string, unknown>): number {
  const first = Object.values(data)[0];
  if (Array.isArray(first)) return first.length;
  const nodes = (first as { nodes?: unknown[] } | null)?.nodes;
  return Array.isArray(nodes) ? nodes.length : 1;
}

/**
 * The coordinator's saved queries exactly as `npm start` registers them (operations/coordinator.graphql),
 * each sent with its variables' defaults: the scale run times every one of them, so a saved query
 * that slows with the catalog's size shows here.
 */
export function coordinatorSavedQueries(): BenchQuery[] {
  const document = parse(readFileSync(join(OPERATIONS_DIRECTORY, "coordinator.graphql"), "utf8"));
  return document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION && definition.name
      ? [{ label: `saved: ${definition.name.value}`, query: print(definition), rows: rowsOfFirstField }]
      : [],
  );
}
