import { useEffect, useMemo, useState } from "react";
import { useQuery } from "urql";
import { OverviewDocument } from "../../graphql/generated/graphql";
import { PageHeading } from "../../layout/PageHeading";
import { useDemoData } from "../../layout/demo-data";
import { Loading, Problem } from "../../components/QueryState";
import { formatNumber, today } from "../../words/numbers";
import { DepartmentsTable } from "./DepartmentsTable";
import { FreshnessWarnings } from "./FreshnessWarnings";
import { PlacesByKind } from "./PlacesByKind";
import { PeopleTrained } from "./PeopleTrained";

const REFRESH_MS = 30_000;

export function OverviewPage() {
  const year = new Date().getFullYear();
  const variables = useMemo(() => ({ yearStart: `${year}-01-01`, yearEnd: `${year}-12-31`, today: today() }), [year]);
  const [result, reexecute] = useQuery({ query: OverviewDocument, variables });
  const [now, setNow] = useState(() => Date.now());

  // Freshness is about the present: the numbers are asked again every half minute.
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now());
      reexecute({ requestPolicy: "network-only" });
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reexecute]);

  const data = result.data;
  useDemoData(data && (data.places.includesDemo || data.active.includesDemo || data.planningDistricts.some((d) => d.isDemo)));
  const trained = data?.peopleTrained.reduce((sum, group) => sum + group.value, 0);

  return (
    <>
      <PageHeading title="Overview" />
      <p className="lede">Philadelphia's digital-literacy work across departments, as the hub holds it now.</p>
      {result.fetching && !data && <Loading what="the overview" />}
      <Problem error={result.error} what="the overview" />
      {data && (
        <>
          <FreshnessWarnings departments={data.departments} now={now} />
          <section aria-labelledby="at-a-glance">
            <h2 id="at-a-glance">At a glance</h2>
            <dl className="figures">
              <div>
                <dt>Initiatives active today</dt>
                <dd>{formatNumber(data.active.totalCount)}</dd>
              </div>
              <div>
                <dt>Public places</dt>
                <dd>{formatNumber(data.places.totalCount)}</dd>
              </div>
              <div>
                <dt>People trained in {year}</dt>
                <dd>{formatNumber(trained)}</dd>
              </div>
            </dl>
          </section>
          <DepartmentsTable departments={data.departments} today={variables.today} now={now} />
          <PlacesByKind districts={data.planningDistricts} total={data.places.totalCount} />
          <PeopleTrained groups={data.peopleTrained} year={year} />
        </>
      )}
    </>
  );
}
