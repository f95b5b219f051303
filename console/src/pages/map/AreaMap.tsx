import { useEffect, useRef } from "react";
import L from "leaflet";
import type { MapAreasQuery } from "../../graphql/generated/graphql";
import { areaFeature, hasCoordinates, makeFocusable, placeMarker } from "../../maps/leaflet-map";
import { useLeafletMap } from "../../maps/use-leaflet-map";
import type { MapNeighborhood, MapPlace } from "./map-data";

interface AreaMapProps {
  neighborhoods: MapNeighborhood[];
  districts: MapAreasQuery["planningDistricts"];
  showDistricts: boolean;
  /** Each in its department's colour. */
  places: (MapPlace & { color: string })[];
  fillOf: (neighborhood: MapNeighborhood) => string;
  labelOf: (neighborhood: MapNeighborhood) => string;
  chosenId: string | null;
  onChoose: (neighborhoodId: string) => void;
  onChoosePlace: (placeId: string) => void;
}

/**
 * The City's neighborhoods coloured by a measure, planning districts outlined over them, and the
 * places as markers. Leaflet owns the drawing; React hands it data and listens for choices.
 */
export function AreaMap(props: AreaMapProps) {
  const { neighborhoods, districts, showDistricts, places, fillOf, labelOf, chosenId } = props;
  const [container, map] = useLeafletMap(true);
  const layers = useRef(new Map<string, L.Path>());
  // The latest handlers, so a new callback does not redraw 159 shapes.
  const handlers = useRef(props);
  handlers.current = props;

  useEffect(() => {
    if (!map) return;
    const byId = layers.current;
    const drawn = L.geoJSON(undefined, { style: { color: "#3b4350", weight: 1, fillOpacity: 0.8, className: "neighborhood-area" } });
    for (const n of neighborhoods) {
      const layer = L.geoJSON(areaFeature(n.id, n.name, n.boundary), { style: { className: "neighborhood-area" } }).getLayers()[0] as L.Path;
      layer.on("click", () => handlers.current.onChoose(n.id));
      layer.bindTooltip(n.name, { sticky: true });
      drawn.addLayer(layer);
      byId.set(n.id, layer);
    }
    // Leaflet creates the shapes' elements once the map has a view, so the view comes first.
    if (drawn.getBounds().isValid()) map.fitBounds(drawn.getBounds());
    else map.setView([39.9526, -75.1652], 11);
    drawn.addTo(map);
    for (const n of neighborhoods) {
      const layer = byId.get(n.id);
      if (layer) makeFocusable(layer, n.name, () => handlers.current.onChoose(n.id));
    }
    return () => {
      drawn.remove();
      byId.clear();
    };
  }, [map, neighborhoods]);

  useEffect(() => {
    for (const n of neighborhoods) {
      const layer = layers.current.get(n.id);
      if (!layer) continue;
      const chosen = n.id === chosenId;
      layer.setStyle({ fillColor: fillOf(n), color: chosen ? "#000" : "#3b4350", weight: chosen ? 4 : 1, fillOpacity: 0.8 });
      if (chosen) layer.bringToFront();
      layer.getElement()?.setAttribute("aria-label", labelOf(n));
    }
  }, [map, neighborhoods, fillOf, labelOf, chosenId]);

  useEffect(() => {
    if (!map || !showDistricts) return;
    const collection: GeoJSON.FeatureCollection = { type: "FeatureCollection", features: districts.map((d) => areaFeature(d.id, d.name, d.boundary)) };
    const outlines = L.geoJSON(collection, {
      style: { color: "#111", weight: 2.5, fill: false, dashArray: "6 4" },
      interactive: false,
    }).addTo(map);
    return () => {
      outlines.remove();
    };
  }, [map, districts, showDistricts]);

  useEffect(() => {
    if (!map) return;
    const markers = L.layerGroup();
    for (const place of places.filter(hasCoordinates)) {
      placeMarker(place)
        .on("click", () => handlers.current.onChoosePlace(place.id))
        .addTo(markers);
    }
    markers.addTo(map);
    return () => {
      markers.remove();
    };
  }, [map, places]);

  return (
    <div
      ref={container}
      className="area-map"
      aria-label="Map of Philadelphia's neighborhoods. Tab to a neighborhood and press Enter to open it; the table below has the same numbers."
    />
  );
}
