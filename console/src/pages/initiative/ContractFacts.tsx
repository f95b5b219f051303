import { AUDIENCES, INITIATIVE_KINDS, LANGUAGES, PILLARS, STATUSES } from "../../words/contract";
import { formatDate, formatDateTime } from "../../words/numbers";
import type { InitiativeDetail } from "./types";

/** The fields every department's initiatives share (the hub contract). */
export function ContractFacts({ initiative }: { initiative: InitiativeDetail }) {
  return (
    <section aria-labelledby="facts-heading">
      <h2 id="facts-heading">About this initiative</h2>
      <dl className="facts">
        <dt>Department</dt>
        <dd>{initiative.departmentName}</dd>
        <dt>Kind</dt>
        <dd>{INITIATIVE_KINDS[initiative.kind]}</dd>
        <dt>Status</dt>
        <dd>{STATUSES[initiative.status]}</dd>
        <dt>Runs</dt>
        <dd>
          {formatDate(initiative.startDate)} to {initiative.endDate ? formatDate(initiative.endDate) : "no planned end"}
        </dd>
        <dt>Audiences</dt>
        <dd>{initiative.audiences.map((a) => AUDIENCES[a]).join(", ") || "—"}</dd>
        <dt>Languages</dt>
        <dd>{initiative.languages.map((l) => LANGUAGES[l]).join(", ") || "—"}</dd>
        <dt>Pillars</dt>
        <dd>{initiative.pillars.map((p) => PILLARS[p]).join(", ") || "—"}</dd>
        <dt>Key</dt>
        <dd>
          <code>{initiative.slug}</code>
        </dd>
        <dt>Data</dt>
        <dd>
          {initiative.isDemo ? "Demo data (invented, not official). " : ""}Changed by the department {formatDateTime(initiative.sourceUpdatedAt)}; copied to the
          hub {formatDateTime(initiative.syncedAt)}.
        </dd>
      </dl>
    </section>
  );
}
