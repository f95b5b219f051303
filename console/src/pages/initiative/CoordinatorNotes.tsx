import { useRef, useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { messageOf } from "../../components/QueryState";
import { AddCoordinatorNoteDocument, EditCoordinatorNoteDocument, RemoveCoordinatorNoteDocument } from "../../graphql/generated/graphql";
import { formatDateTime } from "../../words/numbers";
import { EditableEntry } from "./EditableEntry";
import type { InitiativeDetail } from "./types";

/** A note's opening words, enough to tell it from the others by ear. */
const opening = (body: string) => (body.length > 40 ? `${body.slice(0, 40).trimEnd()}…` : body);

/** The coordinator's own notes on the initiative; only the coordinator sees, adds, edits or removes them. */
export function CoordinatorNotes({
  initiativeId,
  notes,
  onChange,
}: {
  initiativeId: string;
  notes: NonNullable<InitiativeDetail["notes"]>;
  onChange: () => void;
}) {
  const [body, setBody] = useState("");
  const [saving, addNote] = useMutation(AddCoordinatorNoteDocument);
  const [, editNote] = useMutation(EditCoordinatorNoteDocument);
  const [, removeNote] = useMutation(RemoveCoordinatorNoteDocument);
  const [message, setMessage] = useState("");
  const [listMessage, setListMessage] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    const result = await addNote({ input: { initiativeId, body: body.trim() } });
    if (result.error) {
      setMessage(`The note was not saved: ${messageOf(result.error)}`);
      return;
    }
    setBody("");
    setListMessage("");
    setMessage("Note saved.");
    onChange();
  };
  const done = (change: "saved" | "removed") => {
    setMessage("");
    setListMessage(change === "saved" ? "Note updated." : "Note removed.");
    // The removed note's buttons are gone: the list's heading takes the focus rather than the page.
    if (change === "removed") heading.current?.focus();
    onChange();
  };
  return (
    <>
      <h3 ref={heading} tabIndex={-1}>
        Your notes
      </h3>
      <div role="status" className="hint">
        {listMessage}
      </div>
      {notes.length === 0 ? (
        <p>No notes yet.</p>
      ) : (
        <ul className="note-list">
          {notes.map((note) => (
            <EditableEntry
              key={note.id}
              subject={`the note “${opening(note.body)}”`}
              label="Edit the note"
              text={note.body}
              save={async (text) => (await editNote({ input: { id: note.id, body: text } })).error}
              remove={async () => (await removeNote({ id: note.id })).error}
              onDone={done}
            >
              {note.body}
              <br />
              <span className="hint">
                {formatDateTime(note.createdAt)}
                {note.updatedAt && ` · edited ${formatDateTime(note.updatedAt)}`}
              </span>
            </EditableEntry>
          ))}
        </ul>
      )}
      <form className="stack no-print" onSubmit={(event) => void submit(event)}>
        <label className="field">
          <span>Add a note</span>
          <textarea rows={3} value={body} onChange={(event) => setBody(event.target.value)} />
        </label>
        <div>
          <button type="submit" disabled={saving.fetching || !body.trim()}>
            Save note
          </button>{" "}
          <span role="status" className="hint">
            {message}
          </span>
        </div>
      </form>
    </>
  );
}
