import { useEffect, useRef } from "react";
import type * as Plot from "@observablehq/plot";

/**
 * Draws an Observable Plot chart. The chart is a picture with a one-line summary for screen
 * readers; the numbers themselves are always in a table beside it.
 */
export function PlotChart({ draw, summary }: { draw: (width: number) => ReturnType<typeof Plot.plot>; summary: string }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const chart = draw(Math.max(320, element.clientWidth));
    // Plot labels its marks' groups for screen readers, but an unlabelled-role <g> may not carry
    // aria-label, and inside this picture they would only repeat the table: the summary stands for them.
    for (const part of chart.querySelectorAll("[aria-label], [aria-description]")) {
      part.removeAttribute("aria-label");
      part.removeAttribute("aria-description");
    }
    chart.setAttribute("aria-hidden", "true");
    element.replaceChildren(chart);
    return () => chart.remove();
  }, [draw]);
  return <div ref={container} className="chart" role="img" aria-label={summary} />;
}
