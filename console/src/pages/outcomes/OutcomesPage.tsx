import { useMemo } from "react";
import { useSearchParams } from "react-router-dom";
import { SelectField } from "../../components/SelectField";
import type { InitiativeFilter, OutcomeMetricKind } from "../../graphql/generated/graphql";
import { PageHeading } from "../../layout/PageHeading";
import { choices } from "../../words/contract";
import { GROUPINGS, METRICS } from "../../words/outcomes";
import { OutcomeGroup } from "./OutcomeGroup";

const isDate = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** One metric, added up four ways (department, quarter, neighborhood, audience), each with its table. */
export default function OutcomesPage() {
  const [params, setParams] = useSearchParams();
  const metricParam = params.get("metric") ?? "";
  const metric: OutcomeMetricKind = metricParam in METRICS ? (metricParam as OutcomeMetricKind) : "PEOPLE_TRAINED";
  const from = params.get("from");
  const to = params.get("to");
  const filter = useMemo<InitiativeFilter>(() => ({ ...(isDate(from) ? { from } : {}), ...(isDate(to) ? { to } : {}) }), [from, to]);
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageHeading title="Outcomes" />
      <p className="lede">What the departments report their initiatives achieved, added up by department, quarter, neighborhood and audience.</p>
      <div className="filters no-print">
        <SelectField label="Outcome" value={metric} anyLabel={null} options={choices(METRICS)} onChange={(v) => set("metric", v)} />
        <label className="field">
          <span>Periods starting on or after</span>
          <input type="date" value={from ?? ""} onChange={(event) => set("from", event.target.value)} />
        </label>
        <label className="field">
          <span>Periods starting on or before</span>
          <input type="date" value={to ?? ""} onChange={(event) => set("to", event.target.value)} />
        </label>
      </div>
      <p className="hint">
        An initiative's outcome counts in full for each neighborhood it has a site in and each audience it serves, so those groups add up to more than the city
        total.
      </p>
      {(Object.keys(GROUPINGS) as (keyof typeof GROUPINGS)[]).map((groupBy) => (
        <OutcomeGroup key={groupBy} groupBy={groupBy} metric={metric} filter={filter} />
      ))}
    </>
  );
}
