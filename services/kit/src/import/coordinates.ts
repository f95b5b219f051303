/** The WGS84 radius Web Mercator (EPSG:3857) projects onto, in metres. */
const EARTH_RADIUS = 6_378_137;
const DEGREES = 180 / Math.PI;

/** Web Mercator metres (EPSG:3857, what ArcGIS exports by default) to longitude and latitude. */
export function webMercatorToLonLat(x: number, y: number): { longitude: number; latitude: number } {
  return {
    longitude: (x / EARTH_RADIUS) * DEGREES,
    latitude: (2 * Math.atan(Math.exp(y / EARTH_RADIUS)) - Math.PI / 2) * DEGREES,
  };
}

/**
 * Longitude and latitude from a City export's X/Y, which come either as degrees or as Web Mercator
 * metres depending on how the layer was downloaded. No Philadelphia coordinate in degrees exceeds
 * 180 in size and none in metres is that small, so the magnitude tells them apart.
 */
export function lonLatFromXY(x: number, y: number): { longitude: number; latitude: number } {
  return Math.abs(x) > 180 || Math.abs(y) > 90 ? webMercatorToLonLat(x, y) : { longitude: x, latitude: y };
}

/**
 * The city's extent (Philadelphia County spans about -75.28 to -74.96 longitude, 39.87 to 40.14
 * latitude) with a margin of a few kilometres. Every place the hub maps is in the city, so a point
 * outside is a data error: swapped X and Y, a sign lost, a wrong projection.
 */
export const PHILADELPHIA_BOUNDS = { west: -75.33, east: -74.9, south: 39.82, north: 40.19 } as const;

export function withinPhiladelphia(longitude: number, latitude: number): boolean {
  const b = PHILADELPHIA_BOUNDS;
  return longitude >= b.west && longitude <= b.east && latitude >= b.south && latitude <= b.north;
}
