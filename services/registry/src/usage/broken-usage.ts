import { type BrokenUsage, type SchemaChange, type UsedCoordinate } from "@dlhub/schema";

/**
 * graphql-inspector's change paths are `Type.field`, `Type.field.arg`, `Enum.VALUE`,
 * `Input.field` or `Type`; usage is recorded as spec coordinates. Each test says which recorded
 * coordinates a change reaches.
 */
type Reaches = (path: string, coordinate: string, owner: string) => boolean;

const fieldOf = (path: string) => path.split(".").slice(0, 2).join(".");
const argumentOf = (path: string) => {
  const [type, field, argument] = path.split(".");
  return `${type}.${field}(${argument}:)`;
};

const REACHES: Partial<Record<string, Reaches>> = {
  FIELD_REMOVED: (path, coordinate) => coordinate === path,
  FIELD_TYPE_CHANGED: (path, coordinate) => coordinate === path,
  // A new required argument: every operation selecting the field now lacks it.
  FIELD_ARGUMENT_ADDED: (path, coordinate) => coordinate === fieldOf(path),
  FIELD_ARGUMENT_REMOVED: (path, coordinate) => coordinate === argumentOf(path),
  FIELD_ARGUMENT_TYPE_CHANGED: (path, coordinate) => coordinate === argumentOf(path),
  ENUM_VALUE_REMOVED: (path, coordinate) => coordinate === path,
  INPUT_FIELD_REMOVED: (path, coordinate) => coordinate === path,
  INPUT_FIELD_TYPE_CHANGED: (path, coordinate) => coordinate === path,
  // A new required input field: every value of that input type now lacks it.
  INPUT_FIELD_ADDED: (path, _coordinate, owner) => owner === path.slice(0, path.indexOf(".")),
  // Removing a type removes its fields without listing them.
  TYPE_REMOVED: (path, _coordinate, owner) => owner === path,
};

/**
 * The used coordinates each breaking or dangerous change reaches: what a publish must not do to
 * a client that sent it within the window. A change in defaults is not matched (usage does not
 * record which arguments an operation left out); saved operations still guard those.
 */
export function brokenUsageOf(changes: SchemaChange[], used: readonly UsedCoordinate[]): BrokenUsage[] {
  if (used.length === 0) return [];
  const broken: BrokenUsage[] = [];
  for (const change of changes) {
    const reaches = REACHES[change.type];
    if (!reaches || !change.path || change.criticality === "SAFE") continue;
    const path = change.path;
    for (const { coordinate, clients, operations, count, lastSeen } of used) {
      if (!reaches(path, coordinate, coordinate.slice(0, coordinate.indexOf(".")))) continue;
      const deprecationReason = change.deprecationReason ? { deprecationReason: change.deprecationReason } : {};
      broken.push({ coordinate, change: { type: change.type, message: change.message, ...deprecationReason }, clients, operations, count, lastSeen });
    }
  }
  return broken;
}
