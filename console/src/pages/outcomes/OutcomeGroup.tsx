import { useCallback, useMemo } from "react";
import { useQuery } from "urql";
import * as Plot from "@observablehq/plot";
import { CsvDownload } from "../../components/CsvDownload";
import { DataTable } from "../../components/DataTable";
import { PlotChart } from "../../components/PlotChart";
import { Loading, Problem } from "../../components/QueryState";
import {
  OutcomeTotalsDocument,
  type InitiativeFilter,
  type OutcomeGrouping,
  type OutcomeMetricKind,
  type OutcomeTotalsQuery,
} from "../../graphql/generated/graphql";
import { GROUPINGS, METRICS } from "../../words/outcomes";
import { formatNumber } from "../../words/numbers";

type Total = OutcomeTotalsQuery["outcomes"][number];

/** The most bars a chart shows; the table always has every group. */
const MOST_BARS = 20;

export function OutcomeGroup({ groupBy, metric, filter }: { groupBy: keyof typeof GROUPINGS; metric: OutcomeMetricKind; filter: InitiativeFilter }) {
  const [result] = useQuery({ query: OutcomeTotalsDocument, variables: { groupBy, metric, filter } });
  const totals = useMemo(() => result.data?.outcomes ?? [], [result.data]);
  const heading = `${METRICS[metric]}, ${GROUPINGS[groupBy].toLowerCase()}`;
  const id = `outcomes-${groupBy.toLowerCase().replace(/_id$/, "")}`;
  // Quarters read in time order; every other grouping largest first.
  const ordered = useMemo(() => (groupBy === "QUARTER" ? totals : [...totals].sort((a, b) => b.value - a.value)), [groupBy, totals]);
  const shown = useMemo(() => (groupBy === "QUARTER" ? ordered : ordered.slice(0, MOST_BARS)), [groupBy, ordered]);
  const draw = useCallback((width: number) => drawTotals(shown, groupBy, METRICS[metric], width), [shown, groupBy, metric]);
  const top = ordered[0];
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {result.fetching && !result.data && <Loading what={heading.toLowerCase()} />}
      <Problem error={result.error} what={heading.toLowerCase()} />
      {result.data && totals.length === 0 && <p>No initiative has reported this outcome{Object.keys(filter).length ? " in these periods" : ""}.</p>}
      {totals.length > 0 && (
        <>
          <PlotChart
            draw={draw}
            summary={`Bar chart of ${heading.toLowerCase()}: ${totals.length} groups${top && groupBy !== "QUARTER" ? `; the largest is ${top.label} with ${formatNumber(top.value)}` : ""}. The numbers are in the table that follows.`}
          />
          {shown.length < totals.length && (
            <p className="hint">
              The chart shows the {MOST_BARS} largest; the table has all {totals.length}.
            </p>
          )}
          <details>
            <summary>The numbers as a table</summary>
            <DataTable
              caption={heading}
              rows={ordered}
              rowKey={(t) => t.key}
              columns={[
                { header: GROUPINGS[groupBy].replace(/^By /, "").replace(/^./, (c) => c.toUpperCase()), cell: (t) => t.label },
                { header: METRICS[metric], cell: (t) => formatNumber(t.value), numeric: true },
                { header: "Initiatives reporting", cell: (t) => formatNumber(t.initiatives), numeric: true },
              ]}
            />
          </details>
          <CsvDownload
            filename={`${metric.toLowerCase()}-by-${groupBy.toLowerCase()}.csv`}
            header={["key", "label", "value", "initiatives"]}
            rows={ordered.map((t) => [t.key, t.label, t.value, t.initiatives])}
          />
        </>
      )}
    </section>
  );
}

function drawTotals(totals: Total[], groupBy: OutcomeGrouping, label: string, width: number) {
  if (groupBy === "QUARTER") {
    return Plot.plot({
      width,
      height: 260,
      marginLeft: 60,
      style: { fontSize: "13px" },
      x: { label: null, domain: totals.map((t) => t.label) },
      y: { grid: true, label },
      marks: [Plot.barY(totals, { x: "label", y: "value", fill: "#4e79a7" }), Plot.ruleY([0])],
    });
  }
  return Plot.plot({
    width,
    height: 40 + totals.length * 26,
    marginLeft: Math.min(260, width / 3),
    marginRight: 56,
    style: { fontSize: "13px" },
    x: { grid: true, label },
    y: { label: null, domain: totals.map((t) => t.label) },
    marks: [
      Plot.barX(totals, { y: "label", x: "value", fill: "#4e79a7" }),
      Plot.ruleX([0]),
      Plot.text(totals, { y: "label", x: "value", text: (t: Total) => formatNumber(t.value), dx: 4, textAnchor: "start" }),
    ],
  });
}
