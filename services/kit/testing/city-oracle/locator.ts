import { geometryContains } from "./point-in-polygon";
import { type Area } from "./raw-files";

/** Where a point on no shape of a layer is counted. */
export const OUTSIDE = "outside";

export interface Placement {
  district: string;
  neighborhood: string;
}

export const sortedUnique = (names: Iterable<string>) => [...new Set(names)].sort();

/**
 * Places points by testing every shape of both layers (no bounding-box shortcut: at a few hundred
 * shapes and a few hundred points, plain is fast enough and has less to get wrong). A point two
 * shapes contain is recorded in `ambiguous` and given the first by name, so the answer is stable.
 */
export class Locator {
  readonly ambiguous: string[] = [];

  constructor(private readonly inputs: { planningDistricts: Area[]; neighborhoods: Area[] }) {}

  locate(what: string, longitude: number | null, latitude: number | null): Placement {
    if (longitude === null || latitude === null) return { district: OUTSIDE, neighborhood: OUTSIDE };
    return {
      district: this.find(what, "planning district", this.inputs.planningDistricts, longitude, latitude),
      neighborhood: this.find(what, "neighborhood", this.inputs.neighborhoods, longitude, latitude),
    };
  }

  private find(what: string, layer: string, areas: Area[], longitude: number, latitude: number): string {
    const names = sortedUnique(areas.filter((a) => geometryContains(a.geometry, longitude, latitude)).map((a) => a.name));
    if (names.length > 1) this.ambiguous.push(`${what} (${longitude}, ${latitude}) is in ${names.length} ${layer}s: ${names.join(" | ")}`);
    return names[0] ?? OUTSIDE;
  }
}

