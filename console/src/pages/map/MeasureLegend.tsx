import { useEffect, useRef } from "react";
import * as Plot from "@observablehq/plot";
import type { Measure } from "./measures";

/** The colour key of the chosen measure, drawn by Observable Plot from the same scale as the map. */
export function MeasureLegend({ measure, scale }: { measure: Measure; scale: Plot.ScaleOptions }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const legend = Plot.legend({
      color: { ...scale, label: measure.label, tickFormat: (value: number) => measure.format(value) },
      width: 360,
      style: { fontSize: "12px" },
    }) as Element;
    container.current?.replaceChildren(legend);
    return () => legend.remove();
  }, [measure, scale]);
  return (
    <div className="measure-legend">
      <div ref={container} aria-hidden="true" />
      <p className="hint">{measure.explanation}. Grey: not known. The table below the map lists every neighborhood's numbers.</p>
    </div>
  );
}
