import { useEffect, useRef, useState } from "react";
import type L from "leaflet";
import { createMap } from "./leaflet-map";

/** A Leaflet map on a div this component renders, removed with the component. */
export function useLeafletMap(interactive = true): [React.RefObject<HTMLDivElement>, L.Map | null] {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<L.Map | null>(null);
  useEffect(() => {
    if (!container.current) return;
    const created = createMap(container.current, interactive);
    setMap(created);
    return () => {
      created.remove();
      setMap(null);
    };
  }, [interactive]);
  return [container, map];
}
