import { useMemo } from "react";
import { Link } from "react-router-dom";
import { DataTable } from "../../components/DataTable";
import { SitesMap } from "../../maps/SitesMap";
import { useDepartments } from "../../graphql/departments";
import { PLACE_STATUSES, placeKindLabel } from "../../words/contract";
import { formatNumber } from "../../words/numbers";
import type { InitiativeDetail } from "./types";

/** Where the initiative happens: a small map and the same sites as a table. */
export function SitesSection({ initiative }: { initiative: InitiativeDetail }) {
  const { sites, title } = initiative;
  // A site id starts with the place's department's id (its subgraph), which colours its marker.
  const { colorOf } = useDepartments();
  const points = useMemo(
    () => sites.map((site) => ({ ...site, departmentId: site.id.split(":")[0] || initiative.departmentId, color: colorOf(site.id.split(":")[0] || initiative.departmentId) })),
    [sites, initiative.departmentId, colorOf],
  );
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Where it happens</h2>
      {sites.length > 0 && <SitesMap points={points} label={`Map of the ${sites.length} sites of ${title}`} />}
      <DataTable
        caption="Sites"
        rows={sites}
        rowKey={(site) => site.id}
        empty="No site is recorded: the initiative may run online or citywide."
        columns={[
          { header: "Site", cell: (site) => site.name },
          { header: "Kind", cell: (site) => placeKindLabel(site.kind) },
          {
            header: "Neighborhood",
            cell: (site) =>
              site.neighborhood ? <Link to={`/map?neighborhood=${encodeURIComponent(site.neighborhood.id)}`}>{site.neighborhood.name}</Link> : "—",
          },
          { header: "Status", cell: (site) => (site.place ? PLACE_STATUSES[site.place.status] : "—") },
          { header: "Computers", cell: (site) => formatNumber(site.workstations), numeric: true },
          { header: "Hours a week", cell: (site) => formatNumber(site.weeklyOpenHours), numeric: true },
        ]}
      />
    </section>
  );
}
