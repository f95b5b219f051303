import { Link, useSearchParams } from "react-router-dom";
import { useState } from "react";
import { useQuery } from "urql";
import { ChoiceGroup } from "../../components/ChoiceGroup";
import { DataTable } from "../../components/DataTable";
import { Pager } from "../../components/Pager";
import { Loading, Problem } from "../../components/QueryState";
import { SelectField } from "../../components/SelectField";
import { AreaChoicesDocument, CoverageGapsDocument, type Audience } from "../../graphql/generated/graphql";
import { useDemoData } from "../../layout/demo-data";
import { AUDIENCES, choices } from "../../words/contract";
import { formatNumber, formatShare } from "../../words/numbers";

const PAGE_SIZE = 20;

/** Neighborhoods ranked by need against supply for the chosen audiences, a page at a time. */
export function CoverageGapsSection() {
  const [params, setParams] = useSearchParams();
  const audiences = params.getAll("audience").filter((a): a is Audience => a in AUDIENCES);
  const district = params.get("district") ?? "";
  const offset = Math.max(0, Number.parseInt(params.get("offset") ?? "0", 10) || 0);
  const [areas] = useQuery({ query: AreaChoicesDocument });
  const [result] = useQuery({
    query: CoverageGapsDocument,
    variables: { audiences: audiences.length ? audiences : null, planningDistrictId: district || null, limit: PAGE_SIZE, offset },
  });
  // While the next page is on its way urql still holds the last one: the ranks shown are those of
  // the page shown, kept with it, never the new page's ranks over the old rows.
  type Page = { offset: number; gaps: NonNullable<typeof result.data>["coverageGaps"] };
  const [shown, setShown] = useState<Page | null>(null);
  if (!result.fetching && result.data && (shown?.gaps !== result.data.coverageGaps || shown.offset !== offset)) {
    setShown({ offset, gaps: result.data.coverageGaps });
  }
  const gaps = shown?.gaps ?? [];
  const first = shown?.offset ?? offset;
  useDemoData(gaps.some((g) => g.indicatorIsDemo));

  const set = (name: string, values: string[]) => {
    const next = new URLSearchParams(params);
    next.delete(name);
    if (name !== "offset") next.delete("offset");
    for (const value of values) if (value) next.append(name, value);
    setParams(next, { replace: name === "offset" ? false : true });
  };

  return (
    <section aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">Coverage gaps</h2>
      <p>
        The score sets households without broadband (or, where that is not measured, residents) against the open places, KEYSPOT computers and hours, and active
        initiatives for the chosen audiences in each neighborhood. Higher means a bigger gap.
      </p>
      <div className="filters no-print">
        <ChoiceGroup legend="For these audiences" options={choices(AUDIENCES)} chosen={audiences} onChange={(values) => set("audience", values)} />
        <SelectField
          label="Planning district"
          value={district}
          anyLabel="The whole city"
          options={areas.data?.planningDistricts.map((d): [string, string] => [d.id, d.name]) ?? []}
          onChange={(value) => set("district", [value])}
        />
      </div>
      {result.fetching && !result.data && <Loading what="the coverage gaps" />}
      <Problem error={result.error} what="the coverage gaps" />
      {result.data && (
        <DataTable
          caption={`Neighborhoods ranked ${first + 1}–${first + gaps.length}, greatest gap first`}
          rows={gaps.map((gap, index) => ({ ...gap, rank: first + index + 1 }))}
          rowKey={(gap) => gap.neighborhood.id}
          empty="No neighborhood on this page."
          columns={[
            { header: "Rank", cell: (gap) => gap.rank, numeric: true },
            {
              header: "Neighborhood",
              cell: (gap) => <Link to={`/reports/neighborhood/${encodeURIComponent(gap.neighborhood.id)}`}>{gap.neighborhood.name}</Link>,
            },
            { header: "Score", cell: (gap) => formatNumber(Math.round(gap.score * 10) / 10), numeric: true },
            {
              header: "Need",
              cell: (gap) =>
                gap.needBasis === "HOUSEHOLDS_WITHOUT_BROADBAND"
                  ? `${formatNumber(gap.needHouseholds)} households without broadband`
                  : `${formatNumber(gap.population)} residents (no broadband figure)`,
            },
            { header: "With broadband", cell: (gap) => formatShare(gap.subscriptionShare), numeric: true },
            { header: "Open places", cell: (gap) => formatNumber(gap.sites), numeric: true },
            { header: "Initiatives for them", cell: (gap) => formatNumber(gap.initiativesForAudiences), numeric: true },
            { header: "Why", cell: (gap) => gap.reasons.join("; ") + (gap.indicatorIsDemo ? " (demo indicators)" : "") },
          ]}
        />
      )}
      <Pager
        label="Pages of coverage gaps"
        position={`Ranks ${offset + 1}–${offset + gaps.length}`}
        onFirst={offset > 0 ? () => set("offset", []) : undefined}
        onPrevious={offset > 0 ? () => set("offset", [String(Math.max(0, offset - PAGE_SIZE))]) : undefined}
        onNext={gaps.length === PAGE_SIZE ? () => set("offset", [String(offset + PAGE_SIZE)]) : undefined}
      />
    </section>
  );
}
