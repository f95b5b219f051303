import { DataTable } from "../../components/DataTable";
import type { OverviewQuery } from "../../graphql/generated/graphql";
import { placeKindLabel } from "../../words/contract";
import { formatNumber } from "../../words/numbers";

interface KindRow {
  departmentId: string;
  departmentName: string;
  kind: string;
  open: number;
  all: number;
}

/** Places per department and kind, added up over the planning districts they lie in. */
export function PlacesByKind({ districts, total }: { districts: OverviewQuery["planningDistricts"]; total: number }) {
  const rows = new Map<string, KindRow>();
  for (const count of districts.flatMap((district) => district.placeCounts)) {
    const key = `${count.departmentId}/${count.kind}`;
    const row = rows.get(key) ?? { departmentId: count.departmentId, departmentName: count.departmentName, kind: count.kind, open: 0, all: 0 };
    row.all += count.count;
    if (count.status === "OPEN") row.open += count.count;
    rows.set(key, row);
  }
  const sorted = [...rows.values()].sort((a, b) => a.departmentName.localeCompare(b.departmentName) || b.all - a.all);
  const placed = sorted.reduce((sum, row) => sum + row.all, 0);
  return (
    <section aria-labelledby="places-heading">
      <h2 id="places-heading">Places by department and kind</h2>
      <DataTable
        caption="Public places in a planning district, by department and kind"
        rows={sorted}
        rowKey={(row) => `${row.departmentId}/${row.kind}`}
        columns={[
          { header: "Department", cell: (row) => row.departmentName },
          { header: "Kind", cell: (row) => placeKindLabel(row.kind) },
          { header: "Open", cell: (row) => formatNumber(row.open), numeric: true },
          { header: "Not open", cell: (row) => formatNumber(row.all - row.open), numeric: true },
          { header: "All", cell: (row) => formatNumber(row.all), numeric: true },
        ]}
      />
      {total > placed && (
        <p className="hint">
          {formatNumber(total - placed)} of the {formatNumber(total)} places are in no planning district (no coordinates, or outside every imported boundary),
          so they are not in this table.
        </p>
      )}
    </section>
  );
}
