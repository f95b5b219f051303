import { DataTable } from "../../components/DataTable";
import type { OverviewQuery } from "../../graphql/generated/graphql";
import { formatNumber } from "../../words/numbers";

/** People trained this year, per department, from the outcomes the departments report. */
export function PeopleTrained({ groups, year }: { groups: OverviewQuery["peopleTrained"]; year: number }) {
  return (
    <section aria-labelledby="trained-heading">
      <h2 id="trained-heading">People trained in {year}</h2>
      <DataTable
        caption={`People trained in reporting periods that start in ${year}, by department`}
        rows={groups}
        rowKey={(group) => group.key}
        empty={`No department has reported people trained in ${year} yet.`}
        columns={[
          { header: "Department", cell: (group) => group.label },
          { header: "People trained", cell: (group) => formatNumber(group.value), numeric: true },
          { header: "Initiatives reporting", cell: (group) => formatNumber(group.initiatives), numeric: true },
        ]}
      />
    </section>
  );
}
