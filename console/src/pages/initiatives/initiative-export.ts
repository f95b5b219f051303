import type { Client } from "urql";
import type { CsvRows } from "../../components/CsvDownload";
import {
  ExportDepartmentsDocument,
  InitiativeExportDocument,
  type InitiativeExportQuery,
  type InitiativeFilter,
  type InitiativeOrder,
  type InitiativeStatus,
} from "../../graphql/generated/graphql";
import { STATUSES } from "../../words/contract";

type Row = InitiativeExportQuery["initiatives"]["nodes"][number];

export const EXPORT_HEADER = [
  "id",
  "slug",
  "title",
  "department_id",
  "department",
  "kind",
  "status",
  "audiences",
  "languages",
  "pillars",
  "start_date",
  "end_date",
  "changed_at",
  "is_demo",
  "summary",
];

/**
 * Every initiative the filter matches, as CSV rows. The graph answers at most 100 a page and its
 * cursors only go forward, so one chain of pages for 10,000 initiatives takes seconds. Every
 * initiative has exactly one department and one status, so the filter splits into disjoint parts
 * (department × status) read side by side, and the rows are put back in the chosen order here.
 */
export async function gatherInitiatives(
  client: Client,
  filter: InitiativeFilter,
  orderBy: InitiativeOrder,
  progress: (done: number) => void,
): Promise<CsvRows> {
  const departments = filter.departmentIds?.length ? filter.departmentIds : await departmentsWithInitiatives(client);
  const statuses = filter.statuses?.length ? filter.statuses : (Object.keys(STATUSES) as InitiativeStatus[]);
  const parts = departments.flatMap((department) => statuses.map((status) => ({ ...filter, departmentIds: [department], statuses: [status] })));
  let done = 0;
  const gathered = await Promise.all(
    parts.map((part) =>
      gatherPart(client, part, orderBy, (page) => {
        done += page;
        progress(done);
      }),
    ),
  );
  return gathered
    .flat()
    .sort(ORDER[orderBy])
    .map((i) => [
      i.id,
      i.slug,
      i.title,
      i.departmentId,
      i.departmentName,
      i.kind,
      i.status,
      i.audiences.join("; "),
      i.languages.join("; "),
      i.pillars.join("; "),
      i.startDate,
      i.endDate,
      i.sourceUpdatedAt,
      i.isDemo,
      i.summary,
    ]);
}

/** The departments the hub holds any initiative of; asking the others would only cost empty pages. */
async function departmentsWithInitiatives(client: Client): Promise<string[]> {
  const result = await client.query(ExportDepartmentsDocument, {}, { requestPolicy: "network-only" }).toPromise();
  if (result.error || !result.data) throw result.error ?? new Error("The graph gave no answer.");
  return result.data.departments.flatMap((d) => (d.initiativeCount > 0 ? [d.departmentId] : []));
}

async function gatherPart(client: Client, filter: InitiativeFilter, orderBy: InitiativeOrder, progress: (page: number) => void): Promise<Row[]> {
  const rows: Row[] = [];
  let after: string | null = null;
  for (;;) {
    const result: { data?: InitiativeExportQuery; error?: Error } = await client
      .query(InitiativeExportDocument, { filter, orderBy, after }, { requestPolicy: "network-only" })
      .toPromise();
    if (result.error || !result.data) throw result.error ?? new Error("The graph gave no answer.");
    const page = result.data.initiatives;
    rows.push(...page.nodes);
    progress(page.nodes.length);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return rows;
    after = page.pageInfo.endCursor;
  }
}

// The hub's own orders (services/hub/src/catalog/initiative-query.ts), ties broken by id.
const byId = (a: Row, b: Row) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const ORDER: Record<InitiativeOrder, (a: Row, b: Row) => number> = {
  TITLE: (a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : byId(a, b)),
  START_DATE: (a, b) => b.startDate.localeCompare(a.startDate) || byId(a, b),
  RECENTLY_CHANGED: (a, b) => b.sourceUpdatedAt.localeCompare(a.sourceUpdatedAt) || byId(a, b),
};
