import { type OperationInput, badRequest } from "@dlhub/schema";
import { Kind, parse } from "graphql";

/**
 * Refuses a client's operation set unless every document parses and every operation in it is
 * named: reports attribute changes to operations by name, and an anonymous one could not be told
 * apart from its neighbours. All problems are listed at once.
 */
export function assertOperationDocuments(client: string, operations: OperationInput[]): void {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { name, document } of operations) {
    const label = `operation "${name}" of client ${client}`;
    if (seen.has(name)) problems.push(`${label} is listed twice`);
    seen.add(name);
    let definitions;
    try {
      definitions = parse(document).definitions;
    } catch (error) {
      problems.push(`${label} does not parse: ${(error as Error).message}`);
      continue;
    }
    const executable = definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    if (executable.length === 0) problems.push(`${label} contains no query, mutation or subscription`);
    if (executable.some((definition) => !definition.name)) problems.push(`${label} contains an anonymous operation; name every operation`);
    if (definitions.some((definition) => definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION)) {
      problems.push(`${label} contains type definitions; send only operations and fragments`);
    }
  }
  if (problems.length > 0) throw badRequest(`Invalid operations: ${problems.join("; ")}`);
}
