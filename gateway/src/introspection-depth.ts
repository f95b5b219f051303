import { type FragmentDefinitionNode, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from "graphql";

/**
 * Bounds how deep an operation may nest below `__schema`. graphql-armor's depth limit skips
 * `__schema` altogether (so tools' introspection queries pass it), and graphql-js's own
 * introspection rule bounds only the `fields`/`interfaces`/`possibleTypes` cycles, not
 * `ofType { ofType { … } }`, which a caller could otherwise nest as deep as the body allows.
 * Depth is counted as armor counts it: from the operation's root, one per field, fragments
 * flattened into where they are spread. `__type` needs no rule of its own: armor counts it.
 */
export function introspectionDepthRule(max: number, report: (context: ValidationContext, message: string) => void): ValidationRule {
  return (context) => {
    const depths = new FragmentDepths(context);
    return {
      OperationDefinition(operation) {
        for (const schema of rootFieldsNamed(context, operation.selectionSet, "__schema")) {
          const depth = 1 + (schema.selectionSet ? depths.of(schema.selectionSet) : 0);
          if (depth > max) report(context, `Introspection depth limit of ${max} exceeded, found ${depth}.`);
        }
      },
    };
  };
}

type FieldWithSelections = { selectionSet?: SelectionSetNode };

/** The root fields of that name, through the fragments spread at the root. */
function rootFieldsNamed(context: ValidationContext, selectionSet: SelectionSetNode, name: string, seen = new Set<string>()): FieldWithSelections[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name ? [selection] : [];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFieldsNamed(context, selection.selectionSet, name, seen);
    const fragment = context.getFragment(selection.name.value);
    if (!fragment || seen.has(fragment.name.value)) return [];
    seen.add(fragment.name.value);
    return rootFieldsNamed(context, fragment.selectionSet, name, seen);
  });
}

/**
 * Depth of selection sets with fragments flattened, each fragment measured once: a document
 * spreading fragments into fragments would otherwise cost exponential time to measure. A
 * fragment cycle (refused by graphql-js's own rule) counts as nothing past where it closes.
 */
class FragmentDepths {
  private readonly known = new Map<FragmentDefinitionNode, number>();

  constructor(private readonly context: ValidationContext) {}

  of(selectionSet: SelectionSetNode): number {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) deepest = Math.max(deepest, 1 + (selection.selectionSet ? this.of(selection.selectionSet) : 0));
      else if (selection.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, this.of(selection.selectionSet));
      else deepest = Math.max(deepest, this.ofFragment(this.context.getFragment(selection.name.value)));
    }
    return deepest;
  }

  private ofFragment(fragment: FragmentDefinitionNode | null | undefined): number {
    if (!fragment) return 0;
    const known = this.known.get(fragment);
    if (known !== undefined) return known;
    this.known.set(fragment, 0);
    const depth = this.of(fragment.selectionSet);
    this.known.set(fragment, depth);
    return depth;
  }
}
