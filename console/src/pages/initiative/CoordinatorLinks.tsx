import { useRef, useState } from "react";
import { Link } from "react-router-dom";
import { useMutation } from "urql";
import { EditInitiativeLinkDocument, RemoveInitiativeLinkDocument } from "../../graphql/generated/graphql";
import { LINK_KINDS } from "../../words/contract";
import { EditableEntry } from "./EditableEntry";
import { LinkInitiativeForm } from "./LinkInitiativeForm";
import type { InitiativeDetail } from "./types";

type LinkedInitiative = InitiativeDetail["links"][number];

/** Which way the link goes and to what, in the coordinator's words. */
function LinkTarget({ link, other, incoming }: LinkedInitiative) {
  return (
    <>
      {incoming ? "Linked from " : `${LINK_KINDS[link.kind]} `}
      {other ? (
        <Link to={`/initiatives/${encodeURIComponent(other.id)}`}>
          {other.title} ({other.departmentName})
        </Link>
      ) : (
        "an initiative no longer in the catalog"
      )}
      {incoming && ` (${LINK_KINDS[link.kind].toLowerCase()} this one)`}
    </>
  );
}

/**
 * How the coordinator has tied this initiative to others. `onChange` means the coordinator is
 * signed in: they may then add links, change a link's note and remove links.
 */
export function CoordinatorLinks({ initiativeId, links, onChange }: { initiativeId: string; links: InitiativeDetail["links"]; onChange?: () => void }) {
  const [, editLink] = useMutation(EditInitiativeLinkDocument);
  const [, removeLink] = useMutation(RemoveInitiativeLinkDocument);
  const [message, setMessage] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const done = (change: "saved" | "removed") => {
    setMessage(change === "saved" ? "Link note updated." : "Link removed.");
    // The removed link's buttons are gone: the list's heading takes the focus rather than the page.
    if (change === "removed") heading.current?.focus();
    onChange?.();
  };
  return (
    <>
      <h3 ref={heading} tabIndex={-1}>
        Linked initiatives
      </h3>
      {onChange && (
        <div role="status" className="hint">
          {message}
        </div>
      )}
      {links.length === 0 ? (
        <p>No links yet.</p>
      ) : (
        <ul>
          {links.map((linked) => {
            const { link, other } = linked;
            const note = link.note && <span className="hint"> — {link.note}</span>;
            if (!onChange) {
              return (
                <li key={link.id}>
                  <LinkTarget {...linked} />
                  {note}
                </li>
              );
            }
            return (
              <EditableEntry
                key={link.id}
                context={<LinkTarget {...linked} />}
                subject={`the link ${linked.incoming ? "from" : "to"} ${other?.title ?? "an initiative no longer in the catalog"}`}
                label="The link's note (leave empty for none)"
                text={link.note ?? ""}
                allowEmpty
                save={async (text) => (await editLink({ input: { id: link.id, note: text || null } })).error}
                remove={async () => (await removeLink({ id: link.id })).error}
                onDone={done}
              >
                {note}
              </EditableEntry>
            );
          })}
        </ul>
      )}
      {onChange && <LinkInitiativeForm initiativeId={initiativeId} onLinked={onChange} />}
    </>
  );
}
