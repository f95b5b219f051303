import { useEffect } from "react";
import L from "leaflet";
import { areaFeature, hasCoordinates, placeMarker, type MapPoint } from "./leaflet-map";
import { useLeafletMap } from "./use-leaflet-map";

/**
 * A small map of points, optionally inside an area's outline: an initiative's sites, a report's
 * places. A picture for sighted readers; the same places are listed in a table beside it.
 */
export function SitesMap({ points, outline, label, height = "18rem" }: { points: MapPoint[]; outline?: unknown; label: string; height?: string }) {
  const [container, map] = useLeafletMap(false);
  const nothing = !outline && !points.some(hasCoordinates);
  useEffect(() => {
    if (!map) return;
    const placed = points.filter(hasCoordinates);
    const layers = L.featureGroup();
    if (outline)
      L.geoJSON(areaFeature("outline", label, outline), { style: { color: "#1b1f24", weight: 2, fillColor: "#dfe6ee", fillOpacity: 0.5 } }).addTo(layers);
    for (const point of placed) placeMarker(point).addTo(layers);
    layers.addTo(map);
    map.invalidateSize();
    const bounds = layers.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds.pad(0.1), { maxZoom: 15 });
    return () => {
      layers.remove();
    };
  }, [map, points, outline, label]);
  // The map's element stays in place while empty, so the map exists when points arrive.
  return (
    <>
      {nothing && <p className="hint">None of these places has coordinates, so there is nothing to map.</p>}
      <div ref={container} className="small-map" style={{ height, display: nothing ? "none" : undefined }} role="img" aria-label={label} />
    </>
  );
}
