import { Role } from "@dlhub/schema";
import { type TestSubgraph, errorCodes as codes, postGraphql, queryOk, useTestStack, waitFor } from "@dlhub/subgraph-kit/testing";
import { type SecuredGraph, countRows, sql, startSecuredGraph } from "./secured-graph";

const UPDATE_LIBRARY = `mutation($input: UpdateLibraryInitiativeInput!) {
  updateLibraryInitiative(input: $input) { id title summary status audiences endDate version } }`;
const UPDATE_PARKS = `mutation($input: UpdateParksInitiativeInput!) { updateParksInitiative(input: $input) { id version } }`;

/** A department initiative's row and the department's audit row count, to show a refused write changed nothing. */
async function snapshot(subgraph: TestSubgraph, id: string) {
  const [row] = await sql(subgraph, `SELECT title, summary, status, start_date::text, end_date::text, version, updated_at FROM initiative WHERE id = $1`, [id]);
  return { row, audits: await countRows(subgraph, "audit_log"), changes: await countRows(subgraph, "initiative_change") };
}

describe("a department's editors write its initiatives", () => {
  const stack = useTestStack();
  let graph: SecuredGraph;
  let library: { id: string; title: string; version: number };
  let park: { id: string; version: number };
  const asLibrariesEditor = () => ({ token: graph.tokens.librariesEditor });

  beforeAll(async () => {
    graph = await startSecuredGraph(stack);
    const data = await queryOk<any>(graph.gatewayUrl, `{ libraryInitiatives(first: 1) { nodes { id title version } } parksInitiatives(first: 1) { nodes { id version } } }`);
    [library, park] = [data.libraryInitiatives.nodes[0], data.parksInitiatives.nodes[0]];
  });

  it("updates its own initiative: the version rises, the audit row holds before and after, the hub's catalog follows", async () => {
    const input = { id: library.id, version: library.version, title: "Senior Tech Hour (new times)", audiences: ["SENIORS", "IMMIGRANTS"], endDate: null };
    const { updateLibraryInitiative: updated } = await queryOk<any>(graph.gatewayUrl, UPDATE_LIBRARY, { input }, asLibrariesEditor());
    expect(updated).toMatchObject({ id: library.id, title: "Senior Tech Hour (new times)", audiences: ["SENIORS", "IMMIGRANTS"], endDate: null, version: library.version + 1 });

    const audits = await sql<any>(graph.libraries, `SELECT * FROM audit_log WHERE entity_id = $1`, [library.id]);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actor_subject: "ana.editor@freelibrary.org",
      actor_roles: [Role.EDITOR],
      department: "libraries",
      action: "update",
      entity_type: "LibraryInitiative",
      before: expect.objectContaining({ title: library.title, version: library.version }),
      after: expect.objectContaining({ title: "Senior Tech Hour (new times)", audiences: ["SENIORS", "IMMIGRANTS"], version: library.version + 1 }),
    });
    expect(new Date(audits[0].after.updatedAt).getTime()).toBeGreaterThan(new Date(audits[0].before.updatedAt).getTime());

    const title = async () => (await queryOk<any>(graph.gatewayUrl, `query($id: ID!) { initiative(id: $id) { title } }`, { id: library.id })).initiative?.title;
    await waitFor(async () => (await title()) === "Senior Tech Hour (new times)", "the edited title in the hub's catalog");
    library = { ...library, title: updated.title, version: updated.version };
  });

  it("refuses another department's editor, the coordinator and anonymous callers, changing nothing", async () => {
    const [parksBefore, librariesBefore] = [await snapshot(graph.parks, park.id), await snapshot(graph.libraries, library.id)];
    const parksInput = { id: park.id, version: park.version, title: "Taken over" };
    expect(codes(await postGraphql(graph.gatewayUrl, UPDATE_PARKS, { input: parksInput }, asLibrariesEditor()))).toEqual(["FORBIDDEN"]);
    const librariesInput = { id: library.id, version: library.version, title: "Taken over" };
    expect(codes(await postGraphql(graph.gatewayUrl, UPDATE_LIBRARY, { input: librariesInput }, { token: graph.tokens.parksEditor }))).toEqual(["FORBIDDEN"]);
    expect(codes(await postGraphql(graph.gatewayUrl, UPDATE_LIBRARY, { input: librariesInput }, { token: graph.tokens.coordinator }))).toEqual(["FORBIDDEN"]);
    expect(codes(await postGraphql(graph.gatewayUrl, UPDATE_LIBRARY, { input: librariesInput }))).toEqual(["UNAUTHENTICATED"]);
    expect([await snapshot(graph.parks, park.id), await snapshot(graph.libraries, library.id)]).toEqual([parksBefore, librariesBefore]);
  });

  it("refuses a stale version with CONFLICT instead of overwriting", async () => {
    const before = await snapshot(graph.libraries, library.id);
    const result = await postGraphql(graph.gatewayUrl, UPDATE_LIBRARY, { input: { id: library.id, version: library.version - 1, title: "Lost update" } }, asLibrariesEditor());
    expect(codes(result)).toEqual(["CONFLICT"]);
    expect(result.errors?.[0].extensions).toMatchObject({ field: "version", currentVersion: library.version });
    expect(await snapshot(graph.libraries, library.id)).toEqual(before);
  });

  it("lets exactly one of two editors racing from the same version win", async () => {
    const race = ["First edit", "Second edit"].map((title) =>
      postGraphql(graph.gatewayUrl, UPDATE_LIBRARY, { input: { id: library.id, version: library.version, title } }, asLibrariesEditor()),
    );
    const results = await Promise.all(race);
    expect(results.map((r) => codes(r)[0] ?? "OK").sort()).toEqual(["CONFLICT", "OK"]);
    const winner = results.find((r) => !r.errors) as { data: any };
    const [row] = await sql<any>(graph.libraries, `SELECT title, version FROM initiative WHERE id = $1`, [library.id]);
    expect(row).toEqual({ title: winner.data.updateLibraryInitiative.title, version: library.version + 1 });
    library = { ...library, title: row.title, version: row.version };
  });

  it.each([
    ["a control character in the title", { title: "Tech\u0000Hour" }, "title"],
    ["an empty summary", { summary: " " }, "summary"],
    ["a repeated language", { languages: ["ES", "ES"] }, "languages"],
    ["an end before the start", { endDate: "2000-01-01" }, "endDate"],
    ["a start after the end", { startDate: "2031-01-01", endDate: "2030-12-31" }, "endDate"],
  ])("refuses %s with BAD_USER_INPUT naming the field, changing nothing", async (_label, change, field) => {
    const before = await snapshot(graph.libraries, library.id);
    const result = await postGraphql(graph.gatewayUrl, UPDATE_LIBRARY, { input: { id: library.id, version: library.version, ...change } }, asLibrariesEditor());
    expect(result.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: "BAD_USER_INPUT", field })]);
    expect(await snapshot(graph.libraries, library.id)).toEqual(before);
  });

  it.each([
    ["a day that does not exist", { startDate: "2025-02-30" }, "startDate"],
    ["an unknown audience", { audiences: ["ROBOTS"] }, "audiences"],
  ])("refuses %s before the resolver runs, naming the field, changing nothing", async (_label, change, field) => {
    const before = await snapshot(graph.libraries, library.id);
    const result = await postGraphql(graph.gatewayUrl, UPDATE_LIBRARY, { input: { id: library.id, version: library.version, ...change } }, asLibrariesEditor());
    expect(codes(result)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors?.[0].message).toContain(`input.${field}`);
    expect(await snapshot(graph.libraries, library.id)).toEqual(before);
  });

  it("answers NOT_FOUND for an initiative that does not exist", async () => {
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid", park.id]) {
      const result = await postGraphql(graph.gatewayUrl, UPDATE_LIBRARY, { input: { id, version: 1, title: "Nobody" } }, asLibrariesEditor());
      expect(codes(result)).toEqual(["NOT_FOUND"]);
    }
  });

  it("leaves neither the change nor an audit row when the audit cannot be written", async () => {
    const before = await snapshot(graph.libraries, library.id);
    await sql(graph.libraries, `ALTER TABLE audit_log RENAME TO audit_log_moved`);
    try {
      const result = await postGraphql(graph.gatewayUrl, UPDATE_LIBRARY, { input: { id: library.id, version: library.version, title: "Never audited" } }, asLibrariesEditor());
      expect(codes(result)).toEqual(["INTERNAL_SERVER_ERROR"]);
    } finally {
      await sql(graph.libraries, `ALTER TABLE audit_log_moved RENAME TO audit_log`);
    }
    expect(await snapshot(graph.libraries, library.id)).toEqual(before);
  });

  it("raises the version for any real change, whoever writes it, and not for one that changes nothing", async () => {
    const version = async () => (await sql<{ version: number }>(graph.libraries, `SELECT version FROM initiative WHERE id = $1`, [library.id]))[0].version;
    await sql(graph.libraries, `UPDATE initiative SET summary = summary WHERE id = $1`, [library.id]);
    expect(await version()).toBe(library.version);
    await sql(graph.libraries, `UPDATE initiative SET summary = summary || ' (imported)' WHERE id = $1`, [library.id]);
    expect(await version()).toBe(library.version + 1);
    const stale = await postGraphql(graph.gatewayUrl, UPDATE_LIBRARY, { input: { id: library.id, version: library.version, title: "Over the import" } }, asLibrariesEditor());
    expect(codes(stale)).toEqual(["CONFLICT"]);
  });

  it("keeps the audit log append-only", async () => {
    await expect(sql(graph.libraries, `DELETE FROM audit_log`)).rejects.toThrow(/never changed or removed/);
    await expect(sql(graph.libraries, `UPDATE audit_log SET actor_subject = 'someone else'`)).rejects.toThrow(/never changed or removed/);
  });
});
