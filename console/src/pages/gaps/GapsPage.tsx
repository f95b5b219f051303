import { PageHeading } from "../../layout/PageHeading";
import { CoverageGapsSection } from "./CoverageGapsSection";
import { OverlapsSection } from "./OverlapsSection";
import { ReportPicker } from "./ReportPicker";

export default function GapsPage() {
  return (
    <>
      <PageHeading title="Gaps & overlaps" />
      <p className="lede">
        Where need is greatest against what is offered, where departments already work side by side, and a one-page report for any neighborhood or planning
        district.
      </p>
      <CoverageGapsSection />
      <OverlapsSection />
      <ReportPicker />
    </>
  );
}
