import { useMemo } from "react";
import { useQuery } from "urql";
import { Loading, Problem } from "../../components/QueryState";
import { DistrictReportDocument } from "../../graphql/generated/graphql";
import { PageHeading } from "../../layout/PageHeading";
import { formatNumber } from "../../words/numbers";
import { ReportBody, type ReportData } from "./ReportBody";

export function DistrictReport({ id }: { id: string }) {
  const [result] = useQuery({ query: DistrictReportDocument, variables: { id } });
  const data = result.data;
  const report = useMemo<ReportData | null>(() => {
    const d = data?.planningDistrict;
    if (!data || !d) return null;
    const sum = (values: (number | null)[]) => (values.some((v) => v !== null) ? values.reduce<number>((total, v) => total + (v ?? 0), 0) : null);
    return {
      title: d.name,
      kindOfArea: `Planning district ${d.number}`,
      isDemo: d.isDemo || data.initiatives.includesDemo,
      outline: d.boundary,
      places: data.places.nodes,
      figures: [
        ["Neighborhoods", formatNumber(d.neighborhoods.length)],
        ["Residents", formatNumber(sum(d.neighborhoods.map((n) => n.population ?? null)))],
        ["Households", formatNumber(sum(d.neighborhoods.map((n) => n.households ?? null)))],
        ["Open places", formatNumber(d.placeCounts.filter((c) => c.status === "OPEN").reduce((total, c) => total + c.count, 0))],
        ["Active initiatives", formatNumber(data.initiatives.totalCount)],
      ],
      placeCounts: d.placeCounts,
      activeInitiatives: data.initiatives,
      gaps: data.coverageGaps.map((g) => ({ id: g.neighborhood.id, name: g.neighborhood.name, score: g.score, reasons: g.reasons })),
      gapsCaption: "The district's five neighborhoods with the greatest coverage gap, for all audiences.",
    };
  }, [data]);
  if (result.fetching && !data) return <Loading what="the report" />;
  if (!report) {
    return (
      <>
        <PageHeading title="No such planning district" />
        <Problem error={result.error} what="the report" />
      </>
    );
  }
  return <ReportBody report={report} />;
}
