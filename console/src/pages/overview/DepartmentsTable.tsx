import { useQuery } from "urql";
import { ActiveInitiativeCountDocument } from "../../graphql/generated/graphql";
import { useDemoData } from "../../layout/demo-data";
import { formatAgo, formatDateTime, formatNumber } from "../../words/numbers";
import { freshnessOf, type DepartmentSync } from "./freshness";

/** Each department: initiatives active today, what the hub holds of it, and how fresh that is. */
export function DepartmentsTable({ departments, today, now }: { departments: DepartmentSync[]; today: string; now: number }) {
  return (
    <section aria-labelledby="departments-heading">
      <h2 id="departments-heading">Departments</h2>
      <div className="table-scroll">
        <table>
          <caption>Initiatives active today by department, and when the hub last read each department</caption>
          <thead>
            <tr>
              <th scope="col">Department</th>
              <th scope="col" className="numeric">
                Active today
              </th>
              <th scope="col" className="numeric">
                Initiatives held
              </th>
              <th scope="col" className="numeric">
                Places held
              </th>
              <th scope="col">Last read</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {departments.map((sync) => (
              <DepartmentRow key={sync.name} sync={sync} today={today} now={now} />
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">Held: everything the hub has copied from the department, demo data included.</p>
    </section>
  );
}

function DepartmentRow({ sync, today, now }: { sync: DepartmentSync; today: string; now: number }) {
  const [active] = useQuery({ query: ActiveInitiativeCountDocument, variables: { department: sync.departmentId, today } });
  useDemoData(active.data?.initiatives.includesDemo);
  const freshness = freshnessOf(sync, now);
  return (
    <tr className={freshness.state === "fresh" ? undefined : "row-warning"}>
      <th scope="row">{sync.departmentName}</th>
      <td className="numeric">{active.data ? formatNumber(active.data.initiatives.totalCount) : active.error ? "unknown" : "…"}</td>
      <td className="numeric">{formatNumber(sync.initiativeCount)}</td>
      <td className="numeric">{formatNumber(sync.placeCount)}</td>
      <td>
        <time dateTime={sync.lastSyncedAt ?? undefined} title={formatDateTime(sync.lastSyncedAt)}>
          {formatAgo(sync.lastSyncedAt, now)}
        </time>
      </td>
      <td>
        {freshness.state === "fresh" && <span className="badge ok">Up to date</span>}
        {freshness.state === "behind" && <span className="badge warn">Behind</span>}
        {freshness.state === "down" && (
          <span className="badge bad" title={freshness.error}>
            Not answering: {freshness.error}
          </span>
        )}
      </td>
    </tr>
  );
}
