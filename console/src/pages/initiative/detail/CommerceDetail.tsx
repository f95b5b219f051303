import { DataTable } from "../../../components/DataTable";
import { LANGUAGES } from "../../../words/contract";
import { formatDate, formatNumber } from "../../../words/numbers";
import type { InitiativeDetail } from "../types";

export function CommerceDetail({ detail }: { detail: NonNullable<InitiativeDetail["commerce"]> }) {
  return (
    <>
      {!detail.cohorts.length && !detail.workforceGrants.length && <p>No business cohorts or workforce grants are recorded.</p>}
      {detail.cohorts.length > 0 && (
        <DataTable
          caption="Business cohorts"
          rows={detail.cohorts}
          rowKey={(c) => c.id}
          columns={[
            { header: "Cohort", cell: (c) => c.name },
            { header: "Corridor", cell: (c) => c.corridor?.name ?? "—" },
            { header: "Language", cell: (c) => LANGUAGES[c.language] },
            { header: "Runs", cell: (c) => `${formatDate(c.startsOn)} to ${formatDate(c.endsOn)}` },
            { header: "Enrolled", cell: (c) => formatNumber(c.businessesEnrolled), numeric: true },
            { header: "Completed", cell: (c) => formatNumber(c.businessesCompleted), numeric: true },
          ]}
        />
      )}
      {detail.workforceGrants.length > 0 && (
        <DataTable
          caption="Workforce grants"
          rows={detail.workforceGrants}
          rowKey={(g) => g.id}
          columns={[
            { header: "Grantee", cell: (g) => g.granteeName },
            { header: "Fiscal year", cell: (g) => g.fiscalYear },
            { header: "Purpose", cell: (g) => g.purpose },
            { header: "Amount", cell: (g) => `$${formatNumber(g.amountUsd)}`, numeric: true },
          ]}
        />
      )}
    </>
  );
}
