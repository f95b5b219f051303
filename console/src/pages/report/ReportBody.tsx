import { useMemo } from "react";
import { Link } from "react-router-dom";
import { useDepartments } from "../../graphql/departments";
import type { PlaceStatus } from "../../graphql/generated/graphql";
import { PageHeading } from "../../layout/PageHeading";
import { useDemoData } from "../../layout/demo-data";
import { SitesMap } from "../../maps/SitesMap";
import type { MapPoint } from "../../maps/leaflet-map";
import { placeKindLabel } from "../../words/contract";
import { formatDateTime, formatNumber } from "../../words/numbers";

export interface ReportData {
  title: string;
  kindOfArea: string;
  isDemo: boolean;
  outline: unknown;
  places: Omit<MapPoint, "color">[];
  figures: [string, string][];
  placeCounts: { departmentId: string; departmentName: string; kind: string; status: PlaceStatus; count: number }[];
  activeInitiatives: { totalCount: number; nodes: { id: string; title: string; departmentName: string }[] };
  gaps: { id: string; name: string; score: number; reasons: string[] }[];
  gapsCaption: string;
}

/**
 * The one-page report: map, counts, active initiatives and gaps, laid out to print on a single
 * letter page (print.css and report.css), with the date it was made.
 */
export function ReportBody({ report }: { report: ReportData }) {
  useDemoData(report.isDemo);
  const { colorOf } = useDepartments();
  const points = useMemo(() => report.places.map((place) => ({ ...place, color: colorOf(place.departmentId) })), [report.places, colorOf]);
  const kinds = new Map<string, { departmentId: string; departmentName: string; kind: string; open: number }>();
  for (const c of report.placeCounts.filter((c) => c.status === "OPEN")) {
    const key = `${c.departmentId}/${c.kind}`;
    kinds.set(key, { departmentId: c.departmentId, departmentName: c.departmentName, kind: c.kind, open: (kinds.get(key)?.open ?? 0) + c.count });
  }
  const hidden = report.activeInitiatives.totalCount - report.activeInitiatives.nodes.length;
  return (
    <article className="report">
      <p className="no-print toolbar">
        <Link to="/gaps">← Gaps & overlaps</Link>
        <button type="button" onClick={() => window.print()}>
          Print this report
        </button>
      </p>
      <PageHeading title={report.title} />
      <p className="report-meta">
        {report.kindOfArea} · DL Hub report made {formatDateTime(new Date().toISOString())}
        {report.isDemo && " · includes demo data (not official)"}
      </p>
      <div className="report-top">
        <SitesMap points={points} outline={report.outline} label={`Map of ${report.title} with its public places`} height="280px" />
        <dl className="facts">
          {report.figures.map(([label, value]) => (
            <div key={label} className="fact">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </div>
      <div className="report-columns">
        <section aria-labelledby="report-places">
          <h2 id="report-places">Open places</h2>
          <table>
            <caption className="visually-hidden">Open public places by department and kind</caption>
            <tbody>
              {[...kinds.values()].map((k) => (
                <tr key={`${k.departmentId}/${k.kind}`}>
                  <th scope="row">
                    {placeKindLabel(k.kind)} <span className="hint">({k.departmentName})</span>
                  </th>
                  <td className="numeric">{formatNumber(k.open)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {kinds.size === 0 && <p>No open public place.</p>}
        </section>
        <section aria-labelledby="report-initiatives">
          <h2 id="report-initiatives">Active initiatives ({formatNumber(report.activeInitiatives.totalCount)})</h2>
          <ul className="compact-list">
            {report.activeInitiatives.nodes.map((i) => (
              <li key={i.id}>
                {i.title} <span className="hint">({i.departmentName})</span>
              </li>
            ))}
          </ul>
          {hidden > 0 && <p className="hint">…and {formatNumber(hidden)} more in the console's initiative list.</p>}
        </section>
      </div>
      <section aria-labelledby="report-gaps">
        <h2 id="report-gaps">Gaps</h2>
        <p className="hint">{report.gapsCaption}</p>
        <ol className="compact-list">
          {report.gaps.map((gap) => (
            <li key={gap.id}>
              <strong>{gap.name}</strong> (score {formatNumber(Math.round(gap.score * 10) / 10)}): {gap.reasons.join("; ") || "no particular reason given"}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
