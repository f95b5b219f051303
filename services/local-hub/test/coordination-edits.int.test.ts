import { Role, mintDevelopmentToken } from "@dlhub/schema";
import { type SubgraphService } from "@dlhub/subgraph-kit";
import { postGraphql, queryOk, waitFor } from "@dlhub/subgraph-kit/testing";
import { feedsCaughtUp } from "../src/bench/catch-up";
import { type TestHub, startTestHub } from "./start-test-hub";

const ADD_NOTE = `mutation($input: AddCoordinatorNoteInput!) { addCoordinatorNote(input: $input) { id body createdAt updatedAt } }`;
const EDIT_NOTE = `mutation($input: EditCoordinatorNoteInput!) { editCoordinatorNote(input: $input) { id body createdAt updatedAt } }`;
const REMOVE_NOTE = `mutation($id: ID!) { removeCoordinatorNote(id: $id) }`;
const LINK = `mutation($input: LinkInitiativesInput!) { linkInitiatives(input: $input) { id note } }`;
const EDIT_LINK = `mutation($input: EditInitiativeLinkInput!) { editInitiativeLink(input: $input) { id kind note } }`;
const REMOVE_LINK = `mutation($id: ID!) { removeInitiativeLink(id: $id) }`;
const NOBODY = "00000000-0000-4000-8000-000000000000";

const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.map((e) => e.extensions?.code);

/** The coordinator changes their mind: notes and links edited and removed, checked, audited and atomic. */
describe("the coordinator edits and removes links and notes", () => {
  let hub: TestHub;
  let library: string;
  let parks: string;
  const tokens = { coordinator: "", editor: "" };
  const db = () => (hub.subgraphs.find((s) => s.name === "hub") as SubgraphService).database.dataSource;
  const sql = (query: string, parameters: unknown[] = []) => db().query(query, parameters);
  const as = (token: string, query: string, variables: Record<string, unknown>) => postGraphql<any>(hub.gatewayUrl, query, variables, { token });
  const asCoordinator = (query: string, variables: Record<string, unknown>) => queryOk<any>(hub.gatewayUrl, query, variables, { token: tokens.coordinator });
  const audits = (id: string) => sql(`SELECT actor_subject, actor_roles, department, action, entity_type, before, after FROM audit_log WHERE entity_id = $1 ORDER BY id`, [id]);
  /** Every note, link and audit row: a refused write must leave all of them as they were. */
  const snapshot = async () => ({
    notes: await sql(`SELECT id, body, created_at, updated_at FROM coordinator_note ORDER BY id`),
    links: await sql(`SELECT id, note FROM initiative_link ORDER BY id`),
    audits: (await sql(`SELECT count(*)::int AS n FROM audit_log`))[0].n,
  });
  const addNote = async (body: string) => (await asCoordinator(ADD_NOTE, { input: { initiativeId: library, body } })).addCoordinatorNote;
  const addLink = async (kind: string, note: string | null) => (await asCoordinator(LINK, { input: { fromId: library, toId: parks, kind, note } })).linkInitiatives;

  beforeAll(async () => {
    hub = await startTestHub();
    tokens.coordinator = await mintDevelopmentToken(hub.tokenSecret, { subject: "coordinator@phila.gov", roles: [Role.COORDINATOR] });
    tokens.editor = await mintDevelopmentToken(hub.tokenSecret, { subject: "ana.editor@freelibrary.org", roles: [Role.EDITOR], department: "libraries" });
    await waitFor(() => feedsCaughtUp(hub), "the catalog to hold every department's initiatives");
    const data = await queryOk<any>(hub.gatewayUrl, `{ l: initiatives(filter: { search: "Techmobile" }) { nodes { id } } p: initiatives(filter: { search: "afterschool" }) { nodes { id } } }`);
    [library, parks] = [data.l.nodes[0].id, data.p.nodes[0].id];
  });
  afterAll(() => hub?.stop());

  it("edits a note: new text, trimmed, updatedAt set from null, audited before and after", async () => {
    const added = await addNote("Ask about a winter route.");
    expect(added.updatedAt).toBeNull();
    const { editCoordinatorNote: edited } = await asCoordinator(EDIT_NOTE, { input: { id: added.id, body: "  Ask about a winter route\nand a summer one.  " } });
    expect(edited).toMatchObject({ id: added.id, body: "Ask about a winter route\nand a summer one.", createdAt: added.createdAt });
    expect(new Date(edited.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(added.createdAt).getTime());

    const read = await asCoordinator(`query($id: ID!) { initiative(id: $id) { notes { id body updatedAt } } }`, { id: library });
    expect(read.initiative.notes).toContainEqual({ id: added.id, body: edited.body, updatedAt: edited.updatedAt });
    const [create, update] = await audits(added.id);
    expect(create.action).toBe("create");
    expect(update).toMatchObject({
      actor_subject: "coordinator@phila.gov",
      actor_roles: [Role.COORDINATOR],
      department: "hub",
      action: "update",
      entity_type: "CoordinatorNote",
      before: expect.objectContaining({ id: added.id, body: "Ask about a winter route.", updatedAt: null }),
      after: expect.objectContaining({ id: added.id, body: edited.body, updatedAt: expect.any(String) }),
    });
  });

  it("removes a note: it answers the id, the note is gone, and the audit keeps what it said", async () => {
    const added = await addNote("Call the branch manager.");
    expect((await asCoordinator(REMOVE_NOTE, { id: added.id })).removeCoordinatorNote).toBe(added.id);
    const read = await asCoordinator(`query($id: ID!) { initiative(id: $id) { notes { id } } }`, { id: library });
    expect(read.initiative.notes.map((n: { id: string }) => n.id)).not.toContain(added.id);
    expect((await audits(added.id)).at(-1)).toMatchObject({ action: "delete", entity_type: "CoordinatorNote", before: expect.objectContaining({ body: "Call the branch manager." }), after: null });
    expect(codes(await as(tokens.coordinator, REMOVE_NOTE, { id: added.id }))).toEqual(["NOT_FOUND"]);
  });

  it("edits a link's note, clears it with null or blank, and removes the link; the initiatives stay", async () => {
    const link = await addLink("REFERS_TO", "First note");
    expect((await asCoordinator(EDIT_LINK, { input: { id: link.id, note: " Shared volunteers " } })).editInitiativeLink).toEqual({ id: link.id, kind: "REFERS_TO", note: "Shared volunteers" });
    expect((await asCoordinator(EDIT_LINK, { input: { id: link.id, note: "   " } })).editInitiativeLink.note).toBeNull();
    await asCoordinator(EDIT_LINK, { input: { id: link.id, note: "Again" } });
    expect((await asCoordinator(EDIT_LINK, { input: { id: link.id, note: null } })).editInitiativeLink.note).toBeNull();
    expect((await asCoordinator(REMOVE_LINK, { id: link.id })).removeInitiativeLink).toBe(link.id);

    const read = await queryOk<any>(hub.gatewayUrl, `query($id: ID!) { initiative(id: $id) { id links { link { id } } } }`, { id: library });
    expect(read.initiative.id).toBe(library);
    expect(read.initiative.links.map((l: { link: { id: string } }) => l.link.id)).not.toContain(link.id);
    const rows = await audits(link.id);
    expect(rows.map((r: { action: string }) => r.action)).toEqual(["create", "update", "update", "update", "update", "delete"]);
    expect(rows[1]).toMatchObject({ entity_type: "InitiativeLink", before: expect.objectContaining({ note: "First note" }), after: expect.objectContaining({ note: "Shared volunteers" }) });
    expect(rows[5]).toMatchObject({ before: expect.objectContaining({ kind: "REFERS_TO", note: null }), after: null });
  });

  it("refuses an editor (FORBIDDEN) and anonymous callers (UNAUTHENTICATED), changing nothing", async () => {
    const note = await addNote("Only the coordinator changes this.");
    const link = await addLink("FUNDS", "Only the coordinator changes this.");
    const writes: [string, Record<string, unknown>][] = [
      [EDIT_NOTE, { input: { id: note.id, body: "Taken over" } }],
      [REMOVE_NOTE, { id: note.id }],
      [EDIT_LINK, { input: { id: link.id, note: "Taken over" } }],
      [REMOVE_LINK, { id: link.id }],
    ];
    const before = await snapshot();
    for (const [query, variables] of writes) {
      expect(codes(await as(tokens.editor, query, variables))).toEqual(["FORBIDDEN"]);
      expect(codes(await postGraphql(hub.gatewayUrl, query, variables))).toEqual(["UNAUTHENTICATED"]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ["an empty body", EDIT_NOTE, (id: string) => ({ input: { id, body: "  \n " } }), "body"],
    ["a body too long", EDIT_NOTE, (id: string) => ({ input: { id, body: "x".repeat(5001) } }), "body"],
    ["a control character in the body", EDIT_NOTE, (id: string) => ({ input: { id, body: "see\u0000this" } }), "body"],
    ["a bidirectional override in the body", EDIT_NOTE, (id: string) => ({ input: { id, body: "see\u202Ethis" } }), "body"],
    ["a link note too long", EDIT_LINK, (id: string) => ({ input: { id, note: "x".repeat(5001) } }), "note"],
    ["a control character in a link note", EDIT_LINK, (id: string) => ({ input: { id, note: "bell\u0007" } }), "note"],
  ])("refuses %s with BAD_USER_INPUT naming the field, changing nothing", async (_label, query, variables, field) => {
    const id = query === EDIT_NOTE ? (await addNote("To be edited badly.")).id : (await addLink("SUCCEEDED_BY", null)).id;
    const before = await snapshot();
    const result = await as(tokens.coordinator, query, variables(id));
    expect(result.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: "BAD_USER_INPUT", field })]);
    expect(await snapshot()).toEqual(before);
    if (query === EDIT_LINK) await asCoordinator(REMOVE_LINK, { id });
  });

  it("answers NOT_FOUND for an id that names nothing of that kind, changing nothing", async () => {
    const note = await addNote("A note, not a link.");
    const before = await snapshot();
    for (const id of [NOBODY, "not-a-uuid", "'; DROP TABLE coordinator_note; --"]) {
      expect(codes(await as(tokens.coordinator, EDIT_NOTE, { input: { id, body: "Nobody" } }))).toEqual(["NOT_FOUND"]);
      expect(codes(await as(tokens.coordinator, REMOVE_NOTE, { id }))).toEqual(["NOT_FOUND"]);
      expect(codes(await as(tokens.coordinator, EDIT_LINK, { input: { id, note: "Nobody" } }))).toEqual(["NOT_FOUND"]);
      expect(codes(await as(tokens.coordinator, REMOVE_LINK, { id }))).toEqual(["NOT_FOUND"]);
    }
    expect(codes(await as(tokens.coordinator, REMOVE_LINK, { id: note.id }))).toEqual(["NOT_FOUND"]);
    expect(await snapshot()).toEqual(before);
  });

  it("audits two edits racing on one note as a chain: each replaced what the other wrote", async () => {
    const note = await addNote("Race start.");
    await Promise.all(["From the first tab.", "From the second tab."].map((body) => asCoordinator(EDIT_NOTE, { input: { id: note.id, body } })));
    const [, first, second] = await audits(note.id);
    expect(first.before.body).toBe("Race start.");
    expect(second.before.body).toBe(first.after.body);
    expect((await sql(`SELECT body FROM coordinator_note WHERE id = $1`, [note.id]))[0].body).toBe(second.after.body);
  });

  it("leaves neither the change nor an audit row when the audit cannot be written", async () => {
    const note = await addNote("Must survive a failed audit.");
    const link = await addLink("CO_LOCATED", "Must survive too.");
    const before = await snapshot();
    await sql(`ALTER TABLE audit_log RENAME TO audit_log_moved`);
    try {
      expect(codes(await as(tokens.coordinator, EDIT_NOTE, { input: { id: note.id, body: "Never audited" } }))).toEqual(["INTERNAL_SERVER_ERROR"]);
      expect(codes(await as(tokens.coordinator, REMOVE_NOTE, { id: note.id }))).toEqual(["INTERNAL_SERVER_ERROR"]);
      expect(codes(await as(tokens.coordinator, EDIT_LINK, { input: { id: link.id, note: "Never audited" } }))).toEqual(["INTERNAL_SERVER_ERROR"]);
      expect(codes(await as(tokens.coordinator, REMOVE_LINK, { id: link.id }))).toEqual(["INTERNAL_SERVER_ERROR"]);
    } finally {
      await sql(`ALTER TABLE audit_log_moved RENAME TO audit_log`);
    }
    expect(await snapshot()).toEqual(before);
  });
});
