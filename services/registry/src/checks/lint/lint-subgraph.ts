import { type LintFinding, LintRule } from "@dlhub/schema";
import {
  type ConstDirectiveNode,
  type DefinitionNode,
  type EnumValueDefinitionNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  Kind,
  type StringValueNode,
  type TypeDefinitionNode,
  type TypeExtensionNode,
  isTypeDefinitionNode,
  isTypeExtensionNode,
  parse,
} from "graphql";
import { finding, isCamelCase, isPascalCase, isUpperSnake } from "./rules.js";

const ROOT_TYPES = new Set(["Query", "Mutation", "Subscription"]);

/**
 * Federation's own elements (`_Service`, `_entities`, `link__Import`, `federation__FieldSet`) follow
 * federation's naming, not ours, and clients never see them.
 */
const isFederationName = (name: string) => name.startsWith("_") || name.includes("__");

const hasDirective = (directives: readonly ConstDirectiveNode[] | undefined, name: string) =>
  (directives ?? []).some((directive) => directive.name.value === name);

// Not in the API schema, so no client reads their names or descriptions.
const isHidden = (node: { directives?: readonly ConstDirectiveNode[] }) => hasDirective(node.directives, "inaccessible");

const isDescribed = (description: StringValueNode | undefined) => (description?.value.trim() ?? "") !== "";

type TypeDefinition = TypeDefinitionNode | TypeExtensionNode;

// Directive definitions are federation's and the contract's; operations do not belong in an SDL.
const isTypeSystemType = (definition: DefinitionNode): definition is TypeDefinition =>
  isTypeDefinitionNode(definition) || isTypeExtensionNode(definition);

type Fielded = TypeDefinition & { fields?: readonly (FieldDefinitionNode | InputValueDefinitionNode)[] };

/**
 * The lint findings for one subgraph SDL: the public types, fields, arguments and enum values it
 * defines, checked for descriptions and naming. An SDL that does not parse has none: composition
 * already reports it.
 */
export function lintSubgraph(sdl: string): LintFinding[] {
  let definitions: readonly DefinitionNode[];
  try {
    definitions = parse(sdl).definitions;
  } catch {
    return [];
  }
  const findings: LintFinding[] = [];
  for (const definition of definitions.filter(isTypeSystemType)) {
    const type = definition.name.value;
    if (isFederationName(type) || isHidden(definition)) continue;
    const isExtension = isTypeExtensionNode(definition);
    if (!isPascalCase(type)) findings.push(finding(LintRule.TYPE_NAME, type, `Type ${type} should be PascalCase, e.g. ${pascal(type)}.`));
    // An extension's description is its owner's; root types are named for what they are.
    if (!isExtension && !ROOT_TYPES.has(type) && !isDescribed((definition as TypeDefinitionNode).description)) {
      findings.push(finding(LintRule.TYPE_DESCRIPTION, type, `Type ${type} has no description: say what one ${type} is, for the developers who read the schema.`));
    }
    findings.push(...lintFields(definition as Fielded, type));
    if ("values" in definition) findings.push(...lintEnumValues(definition.values ?? [], type));
  }
  return findings;
}

function lintFields(definition: Fielded, type: string): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const field of definition.fields ?? []) {
    const name = field.name.value;
    if (isFederationName(name) || isHidden(field)) continue;
    const coordinate = `${type}.${name}`;
    if (!isCamelCase(name)) findings.push(finding(LintRule.FIELD_NAME, coordinate, `Field ${coordinate} should be camelCase, e.g. ${camel(name)}.`));
    // An @external field is defined, and described, by the subgraph that owns it.
    if (!hasDirective(field.directives, "external") && !isDescribed(field.description)) {
      findings.push(finding(LintRule.FIELD_DESCRIPTION, coordinate, `Field ${coordinate} has no description.`));
    }
    if (field.kind !== Kind.FIELD_DEFINITION) continue;
    for (const argument of field.arguments ?? []) {
      const argumentName = argument.name.value;
      const at = `${coordinate}(${argumentName}:)`;
      if (!isCamelCase(argumentName)) findings.push(finding(LintRule.ARGUMENT_NAME, at, `Argument ${at} should be camelCase, e.g. ${camel(argumentName)}.`));
    }
  }
  return findings;
}

function lintEnumValues(values: readonly EnumValueDefinitionNode[], type: string): LintFinding[] {
  return values
    .filter((value) => !isHidden(value) && !isUpperSnake(value.name.value))
    .map((value) => {
      const coordinate = `${type}.${value.name.value}`;
      return finding(LintRule.ENUM_VALUE_NAME, coordinate, `Enum value ${coordinate} should be UPPER_SNAKE_CASE, e.g. ${upperSnake(value.name.value)}.`);
    });
}

// Suggestions only: enough to show the shape a name should have.
const words = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").split(/[\s_-]+/).filter(Boolean);
const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
const pascal = (name: string) => words(name).map(capitalize).join("");
const camel = (name: string) => {
  const joined = pascal(name);
  return joined.charAt(0).toLowerCase() + joined.slice(1);
};
const upperSnake = (name: string) => words(name).join("_").toUpperCase();
