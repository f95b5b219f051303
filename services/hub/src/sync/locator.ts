/** Where a point lies on the City's map; the geography module's GeoIndex is one. */
export interface Location {
  neighborhoodId: string | null;
  planningDistrictId: string | null;
  tractGeoid: string | null;
}

export interface Locator {
  locate(longitude: number, latitude: number): Location;
}

export const NOWHERE: Location = { neighborhoodId: null, planningDistrictId: null, tractGeoid: null };
