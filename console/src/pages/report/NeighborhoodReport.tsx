import { useMemo } from "react";
import { useQuery } from "urql";
import { Loading, Problem } from "../../components/QueryState";
import { CoverageGapsDocument, NeighborhoodReportDocument } from "../../graphql/generated/graphql";
import { PageHeading } from "../../layout/PageHeading";
import { publicComputers } from "../../words/computers";
import { formatNumber, formatShare } from "../../words/numbers";
import { ReportBody, type ReportData } from "./ReportBody";

export function NeighborhoodReport({ id }: { id: string }) {
  const [first] = useQuery({ query: NeighborhoodReportDocument, variables: { id } });
  const data = first.data;
  // Its rank among its planning district's neighborhoods (a district has far fewer than 100).
  const districtId = data?.neighborhood?.planningDistrict?.id ?? null;
  const [ranking] = useQuery({ query: CoverageGapsDocument, variables: { planningDistrictId: districtId, limit: 100, offset: 0 }, pause: !districtId });
  const gaps = ranking.data?.coverageGaps;
  const report = useMemo<ReportData | null>(() => {
    const n = data?.neighborhood;
    if (!data || !n) return null;
    const rank = gaps?.findIndex((g) => g.neighborhood.id === n.id) ?? -1;
    const ownGap = gaps?.[rank];
    return {
      title: n.name,
      kindOfArea: `Neighborhood${n.planningDistrict ? ` in ${n.planningDistrict.name}` : ""}`,
      isDemo: n.isDemo || data.initiatives.includesDemo,
      outline: n.boundary,
      places: data.places.nodes,
      figures: [
        ["Residents", formatNumber(n.population)],
        ["Households", formatNumber(n.households)],
        ["With broadband", formatShare(n.internetSubscriptionShare)],
        ["Public computers", publicComputers(n)],
        ["People served", formatNumber(n.peopleServed)],
        ...n.initiativeCounts.map((c): [string, string] => [`Initiatives, ${c.departmentName}`, formatNumber(c.count)]),
      ],
      placeCounts: n.placeCounts,
      activeInitiatives: data.initiatives,
      gaps: ownGap ? [{ id: n.id, name: n.name, score: ownGap.score, reasons: ownGap.reasons }] : [],
      gapsCaption: ownGap
        ? `Rank ${rank + 1} of ${gaps?.length} neighborhoods in its planning district, for all audiences.`
        : "No coverage-gap score is known for this neighborhood.",
    };
  }, [data, gaps]);
  if (first.fetching && !data) return <Loading what="the report" />;
  if (!report) {
    return (
      <>
        <PageHeading title="No such neighborhood" />
        <Problem error={first.error} what="the report" />
      </>
    );
  }
  return <ReportBody report={report} />;
}
