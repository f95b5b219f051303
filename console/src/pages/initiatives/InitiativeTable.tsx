import { Link } from "react-router-dom";
import { DataTable } from "../../components/DataTable";
import type { InitiativeListQuery } from "../../graphql/generated/graphql";
import { AUDIENCES, INITIATIVE_KINDS, STATUSES } from "../../words/contract";
import { formatDate } from "../../words/numbers";

type Row = InitiativeListQuery["initiatives"]["nodes"][number];

export function InitiativeTable({ initiatives, caption }: { initiatives: Row[]; caption: string }) {
  return (
    <DataTable
      caption={caption}
      rows={initiatives}
      rowKey={(row) => row.id}
      empty="No initiative matches these filters."
      columns={[
        {
          header: "Initiative",
          cell: (row) => (
            <>
              <Link to={`/initiatives/${encodeURIComponent(row.id)}`}>{row.title}</Link>
              {row.isDemo && <span className="badge demo"> demo</span>}
            </>
          ),
        },
        { header: "Department", cell: (row) => row.departmentName },
        { header: "Kind", cell: (row) => INITIATIVE_KINDS[row.kind] },
        { header: "Status", cell: (row) => STATUSES[row.status] },
        { header: "Audiences", cell: (row) => row.audiences.map((a) => AUDIENCES[a]).join(", ") },
        { header: "Starts", cell: (row) => formatDate(row.startDate) },
        { header: "Ends", cell: (row) => (row.endDate ? formatDate(row.endDate) : "open-ended") },
      ]}
    />
  );
}
