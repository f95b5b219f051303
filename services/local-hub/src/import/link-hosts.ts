import { type DataSource } from "typeorm";
import { type PointOfInterest, matchHost } from "./host-matching.js";

/** The departments' databases a KEYSPOT's host is looked for in. */
export interface HostDatabases {
  it: DataSource;
  libraries: DataSource;
  parks: DataSource;
}

export interface HostLinkReport {
  /** Real KEYSPOTs in a recreation centre or a library branch. */
  hosted: number;
  linked: { keyspot: string; host: string; meters: number; by: string }[];
  unmatched: { keyspot: string; hostKind: string }[];
  /** KEYSPOT rows whose host key this run set, changed or cleared. */
  changed: number;
}

interface HostedKeyspot {
  id: string;
  name: string;
  host_kind: "RECREATION_CENTER" | "LIBRARY_BRANCH";
  latitude: number;
  longitude: number;
}

const candidates = (db: DataSource, sql: string) => db.query<PointOfInterest[]>(sql);

/**
 * Links each real KEYSPOT hosted by a recreation centre or a library branch to that real place by
 * host-matching.ts's rule, in OIT's own rows (the host keys the KEYSPOT's `hostRecreationCenter`
 * and `hostBranch` resolve through, and the place feed's host_place_id). Demo rows are neither
 * linked nor linked to. A link no longer supported by the data is cleared, in one statement.
 */
export async function linkKeyspotHosts(db: HostDatabases): Promise<HostLinkReport> {
  const keyspots = await db.it.query<HostedKeyspot[]>(
    `SELECT id, coalesce(host_name, name) AS name, host_kind, latitude, longitude FROM keyspot_site
      WHERE NOT is_demo AND host_kind IN ('RECREATION_CENTER', 'LIBRARY_BRANCH') ORDER BY name, id`,
  );
  const hosts = {
    RECREATION_CENTER: await candidates(db.parks, `SELECT asset_id AS key, name, latitude, longitude FROM recreation_center WHERE NOT is_demo AND latitude IS NOT NULL`),
    LIBRARY_BRANCH: await candidates(db.libraries, `SELECT code AS key, name, latitude, longitude FROM branch WHERE NOT is_demo AND latitude IS NOT NULL`),
  };
  const report: HostLinkReport = { hosted: keyspots.length, linked: [], unmatched: [], changed: 0 };
  const updates = keyspots.map((keyspot) => {
    const match = matchHost({ key: keyspot.id, ...keyspot }, hosts[keyspot.host_kind]);
    if (match) report.linked.push({ keyspot: keyspot.name, host: match.host.name, meters: Math.round(match.meters), by: match.by });
    else report.unmatched.push({ keyspot: keyspot.name, hostKind: keyspot.host_kind });
    const key = match?.host.key ?? null;
    return { id: keyspot.id, branch: keyspot.host_kind === "LIBRARY_BRANCH" ? key : null, center: keyspot.host_kind === "RECREATION_CENTER" ? key : null };
  });
  if (updates.length > 0) {
    // A CTE so the statement answers with rows, whatever the driver makes of an UPDATE's result.
    const [{ changed }] = await db.it.query<{ changed: number }[]>(
      `WITH changed AS (
         UPDATE keyspot_site s SET host_branch_code = u.branch, host_recreation_center_asset_id = u.center
           FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(id, branch, center)
          WHERE s.id = u.id AND (s.host_branch_code IS DISTINCT FROM u.branch OR s.host_recreation_center_asset_id IS DISTINCT FROM u.center)
          RETURNING 1)
       SELECT count(*)::int AS changed FROM changed`,
      [updates.map((u) => u.id), updates.map((u) => u.branch), updates.map((u) => u.center)],
    );
    report.changed = changed;
  }
  return report;
}

/** What the import prints about the links. */
export function formatHostLinks(report: HostLinkReport): string {
  const lines = [`KEYSPOT hosts: ${report.linked.length} of ${report.hosted} linked to a real recreation centre or library branch (${report.changed} changed)`];
  for (const link of report.linked) lines.push(`  ${link.keyspot} → ${link.host} (${link.meters} m, by ${link.by})`);
  if (report.unmatched.length > 0) {
    lines.push(`  unmatched (no real ${[...new Set(report.unmatched.map((u) => u.hostKind === "LIBRARY_BRANCH" ? "library branch" : "recreation centre"))].join(" or ")} fits the rule):`);
    for (const u of report.unmatched) lines.push(`    ${u.keyspot}`);
  }
  return lines.join("\n");
}
