import { CommerceDetail } from "./detail/CommerceDetail";
import { ItDetail } from "./detail/ItDetail";
import { LibraryDetail } from "./detail/LibraryDetail";
import { ParksDetail } from "./detail/ParksDetail";
import type { InitiativeDetail } from "./types";

/**
 * What the initiative's own department adds beyond the contract, read from that department's
 * subgraph. A department that is not answering leaves its detail null; the rest of the page stays.
 */
export function DepartmentDetail({ initiative }: { initiative: InitiativeDetail }) {
  const detail = initiative.it ? (
    <ItDetail detail={initiative.it} />
  ) : initiative.library ? (
    <LibraryDetail detail={initiative.library} />
  ) : initiative.parks ? (
    <ParksDetail detail={initiative.parks} />
  ) : initiative.commerce ? (
    <CommerceDetail detail={initiative.commerce} />
  ) : null;
  // The departments whose detail the console knows how to show; any other shows the contract alone.
  const hasDetailType = ["it", "libraries", "parks", "commerce"].includes(initiative.departmentId);
  return (
    <section aria-labelledby="detail-heading">
      <h2 id="detail-heading">From the {initiative.departmentName}</h2>
      {detail ??
        (hasDetailType ? (
          <p className="warning">The department's own details cannot be read right now; the rest of this page is from the hub's catalog.</p>
        ) : (
          <p>This department publishes no detail beyond the fields above.</p>
        ))}
    </section>
  );
}
