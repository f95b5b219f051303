import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { messageOf } from "../../components/QueryState";
import { SelectField } from "../../components/SelectField";
import { InitiativeSearchDocument, LinkInitiativesDocument, type InitiativeLinkKind } from "../../graphql/generated/graphql";
import { choices, LINK_KINDS } from "../../words/contract";

/** The coordinator links this initiative to another one found by words in its title. */
export function LinkInitiativeForm({ initiativeId, onLinked }: { initiativeId: string; onLinked: () => void }) {
  const [words, setWords] = useState("");
  const [search, setSearch] = useState("");
  const [found] = useQuery({ query: InitiativeSearchDocument, variables: { search }, pause: !search });
  const [other, setOther] = useState("");
  const [kind, setKind] = useState<InitiativeLinkKind>("REFERS_TO");
  const [note, setNote] = useState("");
  const [message, setMessage] = useState("");
  const [saving, link] = useMutation(LinkInitiativesDocument);
  const candidates = (found.data?.initiatives.nodes ?? []).filter((i) => i.id !== initiativeId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!other) return;
    const result = await link({ input: { fromId: initiativeId, toId: other, kind, note: note.trim() || null } });
    if (result.error) {
      setMessage(`The link was not saved: ${messageOf(result.error)}`);
      return;
    }
    setMessage("Link saved.");
    setOther("");
    setNote("");
    onLinked();
  };

  return (
    <details className="no-print">
      <summary>Link to another initiative</summary>
      <form
        className="toolbar"
        onSubmit={(event) => {
          event.preventDefault();
          setSearch(words.trim());
        }}
      >
        <label className="field">
          <span>Find an initiative by words in its title</span>
          <input type="search" value={words} onChange={(event) => setWords(event.target.value)} />
        </label>
        <button type="submit" className="secondary">
          Find
        </button>
      </form>
      <form className="stack" onSubmit={(event) => void submit(event)}>
        <SelectField
          label="This initiative…"
          value={kind}
          anyLabel={null}
          options={choices(LINK_KINDS)}
          onChange={(value) => setKind(value as InitiativeLinkKind)}
        />
        <SelectField
          label="…the initiative"
          value={other}
          anyLabel={search ? (candidates.length ? "Choose one" : "None found") : "Find one first"}
          options={candidates.map((i): [string, string] => [i.id, `${i.title} (${i.departmentName})`])}
          onChange={setOther}
        />
        <label className="field">
          <span>Note (optional)</span>
          <input type="text" value={note} onChange={(event) => setNote(event.target.value)} />
        </label>
        <div>
          <button type="submit" disabled={!other || saving.fetching}>
            Save link
          </button>{" "}
          <span role="status" className="hint">
            {message}
          </span>
        </div>
      </form>
    </details>
  );
}
