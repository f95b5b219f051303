import { formatAgo } from "../../words/numbers";
import { freshnessOf, type DepartmentSync } from "./freshness";

/** A visible warning for each department whose copy in the hub is behind or failing. */
export function FreshnessWarnings({ departments, now }: { departments: DepartmentSync[]; now: number }) {
  const problems = departments.map((sync) => ({ sync, freshness: freshnessOf(sync, now) })).filter(({ freshness }) => freshness.state !== "fresh");
  if (problems.length === 0) return null;
  return (
    <div className="warning" role="alert">
      <h2>Some departments' numbers may be out of date</h2>
      <ul>
        {problems.map(({ sync, freshness }) => (
          <li key={sync.name}>
            <strong>{sync.departmentName}</strong>:{" "}
            {freshness.state === "down"
              ? `the hub cannot read it (${freshness.error}); last read ${formatAgo(sync.lastSyncedAt, now)}.`
              : freshness.state === "behind" && `last read in full ${formatAgo(freshness.since, now)}.`}
          </li>
        ))}
      </ul>
    </div>
  );
}
