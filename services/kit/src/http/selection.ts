import { type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";

/**
 * The names of the fields a query selects at `path` below the field being resolved (e.g.
 * `["nodes"]` for a connection's nodes), through inline fragments and named fragments alike. A
 * resolver reads what is asked for together instead of leaving each field to a later statement.
 * Directives (@include/@skip) are not evaluated: a field they may drop still counts as selected,
 * which costs only reading it.
 */
export function selectedFields(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">, path: string[] = []): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) sets = sets.flatMap((set) => childSets(set, name, info.fragments));
  const names = new Set<string>();
  for (const set of sets) collect(set, info.fragments, (name) => names.add(name));
  return names;
}

function childSets(set: SelectionSetNode, name: string, fragments: Record<string, FragmentDefinitionNode>): SelectionSetNode[] {
  const found: SelectionSetNode[] = [];
  visitFields(set, fragments, (field) => {
    if (field.name.value === name && field.selectionSet) found.push(field.selectionSet);
  });
  return found;
}

function collect(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, add: (name: string) => void): void {
  visitFields(set, fragments, (field) => add(field.name.value));
}

function visitFields(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  visit: (field: Extract<SelectionSetNode["selections"][number], { kind: Kind.FIELD }>) => void,
  seen = new Set<string>(),
): void {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) visit(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) visitFields(selection.selectionSet, fragments, visit, seen);
    else if (!seen.has(selection.name.value) && fragments[selection.name.value]) {
      seen.add(selection.name.value);
      visitFields(fragments[selection.name.value].selectionSet, fragments, visit, seen);
    }
  }
}

/**
 * What a resolver makes of its field's selection (the columns to read, the statement's text), made
 * once per query document instead of at every request: Apollo Server keeps each document it has
 * parsed, so the same field nodes come back with every request of the same query. Kept per field
 * node and per owner (a DataSource), and made again when the nodes merged into the field differ
 * (an @include that a variable turns off).
 */
export class PerSelection<T> {
  private readonly kept = new WeakMap<FieldNode, { nodes: readonly FieldNode[]; byOwner: WeakMap<object, T> }>();

  get(info: Pick<GraphQLResolveInfo, "fieldNodes">, owner: object, make: () => T): T {
    const [first] = info.fieldNodes;
    let entry = this.kept.get(first);
    if (!entry || entry.nodes.length !== info.fieldNodes.length || entry.nodes.some((node, index) => node !== info.fieldNodes[index])) {
      entry = { nodes: [...info.fieldNodes], byOwner: new WeakMap() };
      this.kept.set(first, entry);
    }
    let value = entry.byOwner.get(owner);
    if (value === undefined) {
      value = make();
      entry.byOwner.set(owner, value);
    }
    return value;
  }
}
