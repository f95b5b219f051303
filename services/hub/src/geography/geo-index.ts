import { type AreaGeometry, boundingBoxOf, containsPoint } from "./geometry.js";

/** One shape of a layer, keyed by the id the location reports (a slug, or a tract's GEOID). */
export interface IndexedArea {
  id: string;
  geometry: AreaGeometry;
}

export interface GeoLayers {
  neighborhoods: IndexedArea[];
  planningDistricts: IndexedArea[];
  tracts: IndexedArea[];
}

/** Where a point falls; each part is null when the point lies outside every shape of that layer. */
export interface GeoLocation {
  neighborhoodId: string | null;
  planningDistrictId: string | null;
  tractGeoid: string | null;
}

/**
 * The shapes of one layer with their bounding boxes packed into one typed array, so the prefilter
 * is a tight loop over numbers and the polygon test runs only for the one or two boxes that
 * contain the point. Shapes are tried in id order, so a point on a shared edge always gets the
 * same answer.
 */
class AreaLayer {
  private readonly areas: IndexedArea[];
  private readonly boxes: Float64Array;

  constructor(areas: IndexedArea[]) {
    this.areas = [...areas].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    this.boxes = new Float64Array(this.areas.length * 4);
    this.areas.forEach((area, i) => {
      const box = boundingBoxOf(area.geometry);
      this.boxes.set([box.minLongitude, box.minLatitude, box.maxLongitude, box.maxLatitude], i * 4);
    });
  }

  get size(): number {
    return this.areas.length;
  }

  find(longitude: number, latitude: number): string | null {
    const boxes = this.boxes;
    for (let i = 0; i < this.areas.length; i += 1) {
      const at = i * 4;
      if (longitude < boxes[at] || latitude < boxes[at + 1] || longitude > boxes[at + 2] || latitude > boxes[at + 3]) continue;
      if (containsPoint(this.areas[i].geometry, longitude, latitude)) return this.areas[i].id;
    }
    return null;
  }
}

/**
 * Answers "which neighborhood, planning district and tract is this point in" from memory. The
 * three layers (about 560 shapes for the whole City) are read once; after an import the owner
 * calls `rebuild()`. Until the first build every location is all nulls rather than an error, so a
 * service can start before any boundary file has been imported.
 */
export class GeoIndex {
  private neighborhoods = new AreaLayer([]);
  private planningDistricts = new AreaLayer([]);
  private tracts = new AreaLayer([]);
  /** Guards against an older, slower rebuild overwriting a newer one. */
  private generation = 0;

  constructor(private readonly loadLayers: () => Promise<GeoLayers>) {}

  /** An index already built from what `loadLayers` returns. */
  static async build(loadLayers: () => Promise<GeoLayers>): Promise<GeoIndex> {
    const index = new GeoIndex(loadLayers);
    await index.rebuild();
    return index;
  }

  /** Reloads the layers and swaps them in at once; `locate` never sees a half-built index. */
  async rebuild(): Promise<void> {
    const generation = ++this.generation;
    const layers = await this.loadLayers();
    const built = {
      neighborhoods: new AreaLayer(layers.neighborhoods),
      planningDistricts: new AreaLayer(layers.planningDistricts),
      tracts: new AreaLayer(layers.tracts),
    };
    if (generation !== this.generation) return;
    ({ neighborhoods: this.neighborhoods, planningDistricts: this.planningDistricts, tracts: this.tracts } = built);
  }

  get counts(): { neighborhoods: number; planningDistricts: number; tracts: number } {
    return { neighborhoods: this.neighborhoods.size, planningDistricts: this.planningDistricts.size, tracts: this.tracts.size };
  }

  locate(longitude: number, latitude: number): GeoLocation {
    if (!Number.isFinite(longitude) || !Number.isFinite(latitude)) {
      throw new RangeError(`locate expects finite WGS84 degrees, got longitude ${longitude}, latitude ${latitude}`);
    }
    return {
      neighborhoodId: this.neighborhoods.find(longitude, latitude),
      planningDistrictId: this.planningDistricts.find(longitude, latitude),
      tractGeoid: this.tracts.find(longitude, latitude),
    };
  }
}
