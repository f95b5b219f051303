import { DataTable } from "../../../components/DataTable";
import { formatNumber } from "../../../words/numbers";
import type { InitiativeDetail } from "../types";

export function ParksDetail({ detail }: { detail: NonNullable<InitiativeDetail["parks"]> }) {
  return (
    <>
      {!detail.computerLabs.length && !detail.afterschoolCamps.length && <p>No computer labs or afterschool camps are recorded.</p>}
      {detail.computerLabs.length > 0 && (
        <DataTable
          caption="Computer labs"
          rows={detail.computerLabs}
          rowKey={(l) => l.id}
          columns={[
            { header: "Lab", cell: (l) => l.name },
            { header: "Recreation center", cell: (l) => l.center?.name ?? "—" },
            { header: "Digital Access Hub", cell: (l) => (l.isDigitalAccessHub ? "Yes" : "No") },
            { header: "Computers", cell: (l) => formatNumber(l.workstations), numeric: true },
          ]}
        />
      )}
      {detail.afterschoolCamps.length > 0 && (
        <DataTable
          caption="Afterschool computer camps"
          rows={detail.afterschoolCamps}
          rowKey={(c) => c.id}
          columns={[
            { header: "Camp", cell: (c) => c.title },
            { header: "Season", cell: (c) => c.season },
            { header: "Enrolled", cell: (c) => formatNumber(c.enrolled), numeric: true },
            { header: "Seats", cell: (c) => formatNumber(c.seats), numeric: true },
          ]}
        />
      )}
    </>
  );
}
