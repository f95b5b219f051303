import { DataTable } from "../../../components/DataTable";
import type { InitiativeDetail } from "../types";
import { LANGUAGES } from "../../../words/contract";
import { formatDate, formatNumber } from "../../../words/numbers";

const usd = (amount: number | null | undefined) => (amount == null ? "not published" : `$${formatNumber(amount)}`);

export function ItDetail({ detail }: { detail: NonNullable<InitiativeDetail["it"]> }) {
  const nothing =
    !detail.grants.length &&
    !detail.keyspotSites.length &&
    !detail.navigatorPrograms.length &&
    !detail.deviceDistributions.length &&
    !detail.pitchAndPilotChallenges.length;
  if (nothing) return <p>No grants, KEYSPOTs, navigator programs, device events or challenges are recorded.</p>;
  return (
    <>
      {detail.grants.length > 0 && (
        <DataTable
          caption="Digital Literacy Alliance grants"
          rows={detail.grants}
          rowKey={(g) => g.id}
          columns={[
            { header: "Grantee", cell: (g) => g.granteeName },
            { header: "Round", cell: (g) => g.round?.name ?? "—" },
            { header: "Focus", cell: (g) => g.focus },
            { header: "Award", cell: (g) => usd(g.amountUsd), numeric: true },
          ]}
        />
      )}
      {detail.keyspotSites.length > 0 && (
        <DataTable
          caption="KEYSPOT sites"
          rows={detail.keyspotSites}
          rowKey={(k) => k.id}
          columns={[
            { header: "KEYSPOT", cell: (k) => k.name },
            { header: "Host", cell: (k) => k.hostName ?? "—" },
            { header: "Computers", cell: (k) => formatNumber(k.workstations), numeric: true },
            { header: "Hours a week", cell: (k) => formatNumber(k.weeklyOpenHours), numeric: true },
          ]}
        />
      )}
      {detail.navigatorPrograms.length > 0 && (
        <DataTable
          caption="Digital Navigator programs"
          rows={detail.navigatorPrograms}
          rowKey={(n) => n.id}
          columns={[
            { header: "Program", cell: (n) => n.name },
            { header: "Provider", cell: (n) => n.providerName },
            { header: "Phone line", cell: (n) => n.phoneLine ?? "by referral" },
            { header: "Languages", cell: (n) => n.languages.map((l) => LANGUAGES[l]).join(", ") },
          ]}
        />
      )}
      {detail.deviceDistributions.length > 0 && (
        <DataTable
          caption="Device distribution events"
          rows={detail.deviceDistributions}
          rowKey={(d) => d.id}
          columns={[
            { header: "Held on", cell: (d) => formatDate(d.heldOn) },
            { header: "Where", cell: (d) => d.locationName },
            { header: "Partner", cell: (d) => d.partnerName },
            { header: "Devices", cell: (d) => formatNumber(d.devicesDistributed), numeric: true },
          ]}
        />
      )}
      {detail.pitchAndPilotChallenges.length > 0 && (
        <DataTable
          caption="Pitch and Pilot challenges"
          rows={detail.pitchAndPilotChallenges}
          rowKey={(c) => c.id}
          columns={[
            { header: "Challenge", cell: (c) => c.title },
            { header: "Theme", cell: (c) => c.theme },
            { header: "Launched", cell: (c) => formatDate(c.launchedOn) },
            { header: "Pilots selected", cell: (c) => formatNumber(c.pilotsSelected), numeric: true },
          ]}
        />
      )}
    </>
  );
}
