import { useCallback, useMemo } from "react";
import * as Plot from "@observablehq/plot";
import { CsvDownload } from "../../components/CsvDownload";
import { DataTable } from "../../components/DataTable";
import { PlotChart } from "../../components/PlotChart";
import type { OutcomeMetricKind } from "../../graphql/generated/graphql";
import { METRICS } from "../../words/outcomes";
import { formatDate, formatNumber } from "../../words/numbers";
import type { InitiativeDetail } from "./types";

type Outcome = InitiativeDetail["outcomes"][number];

/** What the initiative reported, period by period: one small chart per metric, then the table. */
export function OutcomesOverTime({ outcomes }: { outcomes: Outcome[] }) {
  const sorted = useMemo(() => [...outcomes].sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a.metric.localeCompare(b.metric)), [outcomes]);
  const metrics = [...new Set(sorted.map((o) => o.metric))];
  return (
    <section aria-labelledby="outcomes-heading">
      <h2 id="outcomes-heading">Outcomes over time</h2>
      {outcomes.length === 0 && <p>The department has not reported outcomes for this initiative.</p>}
      {metrics.map((metric) => (
        <MetricChart key={metric} metric={metric} outcomes={sorted.filter((o) => o.metric === metric)} />
      ))}
      {outcomes.length > 0 && (
        <>
          <DataTable
            caption="Reported outcomes by period"
            rows={sorted}
            rowKey={(o) => `${o.metric}/${o.periodStart}/${o.periodEnd}`}
            columns={[
              { header: "Metric", cell: (o) => METRICS[o.metric] },
              { header: "From", cell: (o) => formatDate(o.periodStart) },
              { header: "To", cell: (o) => formatDate(o.periodEnd) },
              { header: "Value", cell: (o) => formatNumber(o.value), numeric: true },
            ]}
          />
          <CsvDownload
            filename="initiative-outcomes.csv"
            header={["metric", "period_start", "period_end", "value"]}
            rows={sorted.map((o) => [o.metric, o.periodStart, o.periodEnd, o.value])}
          />
        </>
      )}
    </section>
  );
}

function MetricChart({ metric, outcomes }: { metric: OutcomeMetricKind; outcomes: Outcome[] }) {
  const draw = useCallback(
    (width: number) =>
      Plot.plot({
        width,
        height: 180,
        marginLeft: 56,
        style: { fontSize: "12px" },
        x: { type: "band", label: null, tickFormat: (start: string) => formatDate(start) },
        y: { grid: true, label: METRICS[metric] },
        marks: [Plot.barY(outcomes, { x: "periodStart", y: "value", fill: "#4e79a7" }), Plot.ruleY([0])],
      }),
    [metric, outcomes],
  );
  const total = outcomes.reduce((sum, o) => sum + o.value, 0);
  return (
    <figure>
      <figcaption>{METRICS[metric]}</figcaption>
      <PlotChart draw={draw} summary={`${METRICS[metric]} per reporting period: ${formatNumber(total)} in all over ${outcomes.length} periods.`} />
    </figure>
  );
}
