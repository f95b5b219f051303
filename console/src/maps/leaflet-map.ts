import L from "leaflet";
import "leaflet/dist/leaflet.css";

/**
 * A Leaflet map with no tile layer: the console draws only the hub's own boundary shapes and
 * places, so it needs no tile server and works offline. SVG rendering lets each neighborhood be
 * focused and chosen by keyboard.
 */
export function createMap(element: HTMLElement, interactive: boolean): L.Map {
  const map = L.map(element, {
    attributionControl: false,
    zoomSnap: 0.25,
    zoomControl: interactive,
    dragging: interactive,
    keyboard: interactive,
    scrollWheelZoom: false,
    doubleClickZoom: interactive,
    boxZoom: interactive,
    touchZoom: interactive,
    preferCanvas: false,
  });
  // Places draw above every area, even the chosen neighborhood brought to the front.
  map.createPane(PLACES_PANE).style.zIndex = "450";
  return map;
}

const PLACES_PANE = "places";

/** Tableau 10, colour-blind aware. */
const PALETTE = ["#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2", "#9c755f", "#edc948", "#ff9da7", "#bab0ac"];

/**
 * A department's colour, the same on every map and legend: its place among the departments the
 * hub follows, in id order, so each registered department gets its own without any being listed
 * here (after ten, colours repeat and the legend's names tell them apart).
 */
export function departmentColor(departmentId: string, departmentIds: readonly string[]): string {
  const index = [...departmentIds].sort().indexOf(departmentId);
  return PALETTE[(index < 0 ? 0 : index) % PALETTE.length] as string;
}

/** A boundary from the graph (a GeoJSON Polygon or MultiPolygon) as a feature Leaflet can draw. */
export function areaFeature(id: string, name: string, boundary: unknown): GeoJSON.Feature {
  return { type: "Feature", properties: { id, name }, geometry: boundary as GeoJSON.Geometry };
}

export interface MapPoint {
  id: string;
  name: string;
  departmentId: string;
  /** Its colour: departmentColor among the departments on the map. */
  color: string;
  latitude: number | null | undefined;
  longitude: number | null | undefined;
}

/** A place as a small circle in its department's colour (no marker images to fetch). */
export function placeMarker(point: MapPoint & { latitude: number; longitude: number }): L.CircleMarker {
  return L.circleMarker([point.latitude, point.longitude], {
    radius: 5,
    weight: 1,
    color: "#1b1f24",
    fillColor: point.color,
    fillOpacity: 0.95,
    className: "place-marker",
    pane: PLACES_PANE,
  }).bindTooltip(point.name);
}

export const hasCoordinates = <P extends MapPoint>(point: P): point is P & { latitude: number; longitude: number } =>
  typeof point.latitude === "number" && typeof point.longitude === "number";

/**
 * Makes a drawn area reachable by keyboard: Tab reaches it, Enter or Space chooses it, and a
 * screen reader reads its name and the number it is coloured by.
 */
export function makeFocusable(layer: L.Layer, label: string, choose: () => void): void {
  const element = (layer as L.Path).getElement?.();
  if (!element) return;
  element.setAttribute("tabindex", "0");
  element.setAttribute("role", "button");
  element.setAttribute("aria-label", label);
  element.addEventListener("keydown", (event) => {
    const key = (event as KeyboardEvent).key;
    if (key === "Enter" || key === " ") {
      event.preventDefault();
      choose();
    }
  });
}
