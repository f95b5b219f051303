import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { CombinedError } from "urql";
import { messageOf } from "../../components/QueryState";

type Mode = "reading" | "editing" | "confirming" | "removed";

export interface EditableEntryProps {
  /** The part that stays as it is while editing, e.g. which initiative a link leads to. */
  context?: ReactNode;
  /** The editable text as read; the text box takes its place while editing. */
  children: ReactNode;
  /** Which entry the buttons act on, for someone who cannot see the list, e.g. `the note “Ask about…”`. */
  subject: string;
  /** The text box's label. */
  label: string;
  text: string;
  /** A link's note may be emptied (the note goes, the link stays); a note's text may not. */
  allowEmpty?: boolean;
  save(text: string): Promise<CombinedError | undefined>;
  remove(): Promise<CombinedError | undefined>;
  /** After a save or a removal: the list announces it and reads itself again. */
  onDone(change: "saved" | "removed"): void;
}

/**
 * One of the coordinator's notes or links, with Edit (its text becomes a labelled text box with
 * Save and Cancel; Escape cancels too) and Remove (once confirmed). Focus always lands somewhere
 * useful: in the box when editing starts, back on Edit when it ends, on "Keep it" when asked to
 * confirm (the safe answer), and after a removal wherever the list puts it, since this entry is gone.
 */
export function EditableEntry({ context, children, subject, label, text, allowEmpty = false, save, remove, onDone }: EditableEntryProps) {
  const [mode, setMode] = useState<Mode>("reading");
  const [draft, setDraft] = useState(text);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState("");
  const editButton = useRef<HTMLButtonElement>(null);
  const textBox = useRef<HTMLTextAreaElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const questionId = useId();

  useEffect(() => {
    if (mode === "editing") textBox.current?.focus();
    if (mode === "confirming") keepButton.current?.focus();
    if (mode === "reading" && returnFocus.current) editButton.current?.focus();
    returnFocus.current = false;
  }, [mode]);

  const begin = (next: "editing" | "confirming") => {
    setDraft(text);
    setProblem("");
    setMode(next);
  };
  const backToReading = () => {
    returnFocus.current = true;
    setMode("reading");
  };
  const run = async (write: () => Promise<CombinedError | undefined>, failure: string) => {
    setBusy(true);
    const error = await write();
    setBusy(false);
    if (error) setProblem(`${failure}: ${messageOf(error)}`);
    return !error;
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!(await run(() => save(draft.trim()), "Not saved"))) return;
    backToReading();
    onDone("saved");
  };
  const confirmRemoval = async () => {
    if (!(await run(remove, "Not removed"))) return backToReading();
    setMode("removed");
    onDone("removed");
  };

  if (mode === "removed") return null;
  const alert = problem && (
    <p className="problem" role="alert">
      {problem}
    </p>
  );
  if (mode === "editing") {
    return (
      <li>
        {context}
        <form className="stack no-print" onSubmit={(event) => void submit(event)} onKeyDown={(event) => event.key === "Escape" && backToReading()}>
          <label className="field">
            <span>{label}</span>
            <textarea ref={textBox} rows={3} maxLength={5000} value={draft} onChange={(event) => setDraft(event.target.value)} />
          </label>
          {alert}
          <div>
            <button type="submit" disabled={busy || (!allowEmpty && !draft.trim())}>
              Save<span className="visually-hidden"> {subject}</span>
            </button>{" "}
            <button type="button" className="secondary" onClick={backToReading} disabled={busy}>
              Cancel
            </button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li>
      {context}
      {children}
      {alert}
      {mode === "confirming" ? (
        <div role="group" aria-labelledby={questionId} className="no-print">
          <p id={questionId}>Remove {subject}? This cannot be undone.</p>
          <button type="button" onClick={() => void confirmRemoval()} disabled={busy}>
            Remove<span className="visually-hidden"> {subject}</span>
          </button>{" "}
          <button type="button" ref={keepButton} className="secondary" onClick={backToReading} disabled={busy}>
            Keep it
          </button>
        </div>
      ) : (
        <div className="no-print">
          <button type="button" ref={editButton} className="secondary" onClick={() => begin("editing")}>
            Edit<span className="visually-hidden"> {subject}</span>
          </button>{" "}
          <button type="button" className="secondary" onClick={() => begin("confirming")}>
            Remove<span className="visually-hidden"> {subject}</span>
          </button>
        </div>
      )}
    </li>
  );
}
