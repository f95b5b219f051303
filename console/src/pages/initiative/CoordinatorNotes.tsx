import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { messageOf } from "../../components/QueryState";
import { AddCoordinatorNoteDocument } from "../../graphql/generated/graphql";
import { formatDateTime } from "../../words/numbers";
import type { InitiativeDetail } from "./types";

/** The coordinator's own notes on the initiative; only the coordinator sees or adds them. */
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
  const [message, setMessage] = useState("");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    const result = await addNote({ input: { initiativeId, body: body.trim() } });
    if (result.error) {
      setMessage(`The note was not saved: ${messageOf(result.error)}`);
      return;
    }
    setBody("");
    setMessage("Note saved.");
    onChange();
  };
  return (
    <>
      <h3>Your notes</h3>
      {notes.length === 0 ? (
        <p>No notes yet.</p>
      ) : (
        <ul className="note-list">
          {notes.map((note) => (
            <li key={note.id}>
              {note.body}
              <br />
              <span className="hint">{formatDateTime(note.createdAt)}</span>
            </li>
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
