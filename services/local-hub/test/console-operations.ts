import { join } from "node:path";
import { REPOSITORY_ROOT } from "@dlhub/schema";
import { queryOk } from "@dlhub/subgraph-kit/testing";
import { Kind, type OperationDefinitionNode, parse } from "graphql";
import { savedOperations } from "../src/publish";

/** One request a client of the graph sends: a document, the operation to run and its variables. */
export interface GraphRequest {
  label: string;
  query: string;
  operationName?: string;
  variables: Record<string, unknown>;
}

/** Ids of the demo hub's real rows, so every console page is asked about something that exists. */
interface Subjects {
  initiativeIds: string[];
  neighborhoodId: string;
  planningDistrictId: string;
  placeId: string;
  latestSupergraph: number;
}

const TODAY = "2025-03-15";

/** The console's variables for each of its queries, as its pages send them (several sets for some). */
const CONSOLE_VARIABLES: Record<string, (s: Subjects) => Record<string, unknown>[]> = {
  CoverageGaps: () => [{ limit: 10, offset: 0 }, { audiences: ["SENIORS"], limit: 10, offset: 0 }],
  Overlaps: (s) => [{}, { audience: "SENIORS", neighborhoodId: s.neighborhoodId, from: "2024-01-01", to: "2025-12-31" }],
  InitiativeDetail: (s) => s.initiativeIds.map((id) => ({ id, withNotes: false })),
  InitiativeList: () => [
    { orderBy: "TITLE", first: 25 },
    { filter: { departments: ["LIBRARIES", "PARKS"], audiences: ["SENIORS"] }, orderBy: "START_DATE", first: 25 },
  ],
  InitiativeExport: () => [{ orderBy: "TITLE" }],
  InitiativeSearch: () => [{ search: "computer" }],
  MapPlaces: () => [{ filter: { departments: ["LIBRARIES"], statuses: ["OPEN"] } }],
  MapGapScores: () => [{ offset: 0 }],
  NeighborhoodPanel: (s) => [{ id: s.neighborhoodId }],
  PlacePanel: (s) => [{ id: s.placeId }],
  OutcomeTotals: () => [
    { groupBy: "DEPARTMENT", metric: "PEOPLE_TRAINED" },
    { groupBy: "QUARTER", metric: "PEOPLE_TRAINED", filter: { from: "2024-01-01", to: "2025-12-31" } },
  ],
  Overview: () => [{ today: TODAY, yearStart: "2025-01-01", yearEnd: "2025-12-31" }],
  ActiveInitiativeCount: () => [{ department: "LIBRARIES", today: TODAY }],
  NeighborhoodReport: (s) => [{ id: s.neighborhoodId }],
  DistrictReport: (s) => [{ id: s.planningDistrictId }],
  SchemaDiff: (s) => [{ from: 1, to: s.latestSupergraph }],
};

/** Reads, through `gatewayUrl`, the ids the console's pages would be opened on. */
export async function consoleSubjects(gatewayUrl: string): Promise<Subjects> {
  const data = await queryOk<{
    initiatives: { nodes: { id: string; department: string; sites: { place: { id: string } | null }[] }[] };
    neighborhoods: { id: string; initiatives: { id: string }[] }[];
    planningDistricts: { id: string }[];
    schemaHistory: { supergraphVersions: { version: number }[] };
  }>(
    gatewayUrl,
    `{ initiatives(first: 100) { nodes { id department sites { place { id } } } }
       neighborhoods { id initiatives { id } } planningDistricts { id } schemaHistory { supergraphVersions(first: 1) { version } } }`,
  );
  const initiatives = data.initiatives.nodes;
  // One initiative of each department, the one with the most sites: its page shows the most.
  const departments = [...new Set(initiatives.map((i) => i.department))];
  const initiativeIds = departments.map((d) => initiatives.filter((i) => i.department === d).sort((a, b) => b.sites.length - a.sites.length)[0].id);
  const busiest = [...data.neighborhoods].sort((a, b) => b.initiatives.length - a.initiatives.length)[0];
  const placeId = initiatives.flatMap((i) => i.sites).find((site) => site.place)?.place?.id;
  if (!placeId || !busiest?.initiatives.length) throw new Error("The demo hub has no placed sites or no neighborhood with initiatives.");
  return {
    initiativeIds,
    neighborhoodId: busiest.id,
    planningDistrictId: data.planningDistricts[0].id,
    placeId,
    latestSupergraph: data.schemaHistory.supergraphVersions[0].version,
  };
}

/**
 * Every query of the coordinator's console (console/src/graphql), each with the variables its
 * pages send. Mutations are left out: they write, so two gateways cannot give the same answer
 * twice. A query added to the console without variables here fails, rather than going untested.
 */
export function consoleQueries(subjects: Subjects): GraphRequest[] {
  const requests: GraphRequest[] = [];
  for (const [file, operations] of savedOperations(join(REPOSITORY_ROOT, "console", "src", "graphql"))) {
    for (const { name, document } of operations) {
      const operation = parse(document).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      if (operation?.operation !== "query") continue;
      const variables = CONSOLE_VARIABLES[name]?.(subjects) ?? (operation.variableDefinitions?.length ? undefined : [{}]);
      if (!variables) throw new Error(`The console's ${name} (${file}.graphql) has variables but none are given here.`);
      variables.forEach((set, i) => requests.push({ label: `console ${name}${variables.length > 1 ? ` #${i + 1}` : ""}`, query: document, operationName: name, variables: set }));
    }
  }
  return requests;
}
