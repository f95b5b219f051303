import { DataTable } from "../../../components/DataTable";
import type { ClassLevel } from "../../../graphql/generated/graphql";
import { LANGUAGES } from "../../../words/contract";
import { formatDate, formatNumber } from "../../../words/numbers";
import type { InitiativeDetail } from "../types";

const LEVELS: Record<ClassLevel, string> = { BEGINNER: "Beginner", INTERMEDIATE: "Intermediate", ADVANCED: "Advanced" };

export function LibraryDetail({ detail }: { detail: NonNullable<InitiativeDetail["library"]> }) {
  return (
    <>
      {detail.atEveryBranch && <p>Offered at every Free Library branch.</p>}
      {!detail.classes.length && !detail.hotSpotLabs.length && !detail.techmobileStops.length && (
        <p>No classes, Hot Spot labs or Techmobile stops are recorded.</p>
      )}
      {detail.classes.length > 0 && (
        <DataTable
          caption="Computer classes"
          rows={detail.classes}
          rowKey={(c) => c.id}
          columns={[
            { header: "Class", cell: (c) => c.title },
            { header: "Branch", cell: (c) => c.branch?.name ?? "—" },
            { header: "Language", cell: (c) => LANGUAGES[c.language] },
            { header: "Level", cell: (c) => LEVELS[c.level] },
            { header: "Seats", cell: (c) => formatNumber(c.seats), numeric: true },
          ]}
        />
      )}
      {detail.hotSpotLabs.length > 0 && (
        <DataTable
          caption="Hot Spot labs"
          rows={detail.hotSpotLabs}
          rowKey={(h) => h.id}
          columns={[
            { header: "Lab", cell: (h) => h.name },
            { header: "Host", cell: (h) => h.hostOrganization },
            { header: "Computers", cell: (h) => formatNumber(h.workstations), numeric: true },
          ]}
        />
      )}
      {detail.techmobileStops.length > 0 && (
        <DataTable
          caption="Techmobile stops"
          rows={detail.techmobileStops}
          rowKey={(t) => t.id}
          columns={[
            { header: "Where", cell: (t) => t.locationName },
            { header: "Visit", cell: (t) => formatDate(t.visitOn) },
          ]}
        />
      )}
    </>
  );
}
