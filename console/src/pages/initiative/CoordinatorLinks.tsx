import { Link } from "react-router-dom";
import { DEPARTMENTS, LINK_KINDS } from "../../words/contract";
import { LinkInitiativeForm } from "./LinkInitiativeForm";
import type { InitiativeDetail } from "./types";

/** How the coordinator has tied this initiative to others; `onChange` means they may add links. */
export function CoordinatorLinks({ initiativeId, links, onChange }: { initiativeId: string; links: InitiativeDetail["links"]; onChange?: () => void }) {
  return (
    <>
      <h3>Linked initiatives</h3>
      {links.length === 0 ? (
        <p>No links yet.</p>
      ) : (
        <ul>
          {links.map(({ link, other, incoming }) => (
            <li key={link.id}>
              {incoming ? "Linked from " : `${LINK_KINDS[link.kind]} `}
              {other ? (
                <Link to={`/initiatives/${encodeURIComponent(other.id)}`}>
                  {other.title} ({DEPARTMENTS[other.department]})
                </Link>
              ) : (
                "an initiative no longer in the catalog"
              )}
              {incoming && ` (${LINK_KINDS[link.kind].toLowerCase()} this one)`}
              {link.note && <span className="hint"> — {link.note}</span>}
            </li>
          ))}
        </ul>
      )}
      {onChange && <LinkInitiativeForm initiativeId={initiativeId} onLinked={onChange} />}
    </>
  );
}
