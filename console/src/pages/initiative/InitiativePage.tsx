import { Link, useParams } from "react-router-dom";
import { useQuery } from "urql";
import { Loading, Problem } from "../../components/QueryState";
import { InitiativeDetailDocument } from "../../graphql/generated/graphql";
import { PageHeading } from "../../layout/PageHeading";
import { useDemoData } from "../../layout/demo-data";
import { isCoordinator } from "../../session/claims";
import { useSession } from "../../session/session";
import { ContractFacts } from "./ContractFacts";
import { CoordinatorLinks } from "./CoordinatorLinks";
import { CoordinatorNotes } from "./CoordinatorNotes";
import { DepartmentDetail } from "./DepartmentDetail";
import { OutcomesOverTime } from "./OutcomesOverTime";
import { PartnersList } from "./PartnersList";
import { SitesSection } from "./SitesSection";

export default function InitiativePage() {
  const { id = "" } = useParams();
  const { person } = useSession();
  const [result, reexecute] = useQuery({ query: InitiativeDetailDocument, variables: { id, withNotes: isCoordinator(person) } });
  const initiative = result.data?.initiative;
  useDemoData(initiative?.isDemo);
  const refresh = () => reexecute({ requestPolicy: "network-only" });

  if (result.fetching && !result.data) return <Loading what="the initiative" />;
  if (!initiative) {
    return (
      <>
        <PageHeading title="Initiative not found" />
        <Problem error={result.error} what="the initiative" />
        <p>
          The hub has no initiative with the id <code>{id}</code>. <Link to="/initiatives">Back to the initiatives</Link>.
        </p>
      </>
    );
  }
  return (
    <>
      <p className="no-print">
        <Link to="/initiatives">← All initiatives</Link>
      </p>
      <PageHeading title={initiative.title} />
      <p className="lede">{initiative.summary}</p>
      <Problem error={result.error} what="this initiative" />
      <div className="columns">
        <div>
          <ContractFacts initiative={initiative} />
          <SitesSection initiative={initiative} />
          <OutcomesOverTime outcomes={initiative.outcomes} />
          <DepartmentDetail initiative={initiative} />
        </div>
        <div>
          <PartnersList partners={initiative.partners} />
          {/* Notes are there only for the coordinator; the graph refuses them to anyone else. */}
          {initiative.notes && (
            <section aria-labelledby="coordination-heading" className="coordination">
              <h2 id="coordination-heading">Coordination</h2>
              <CoordinatorLinks initiativeId={initiative.id} links={initiative.links} onChange={refresh} />
              <CoordinatorNotes initiativeId={initiative.id} notes={initiative.notes} onChange={refresh} />
            </section>
          )}
          {!initiative.notes && initiative.links.length > 0 && <CoordinatorLinks initiativeId={initiative.id} links={initiative.links} />}
        </div>
      </div>
    </>
  );
}
