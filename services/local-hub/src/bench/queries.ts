/** One operation the benchmark times, and how to count the rows it returned (a sanity check). */
export interface BenchQuery {
  label: string;
  query: string;
  rows(data: Record<string, unknown>): number;
}

const nodes = (field: string) => (data: Record<string, unknown>) =>
  (data[field] as { nodes: unknown[] }).nodes.length;
const items = (field: string) => (data: Record<string, unknown>) => (data[field] as unknown[]).length;

/** The coordinator's catalog page: hub fields with sites, their neighborhoods and partners. */
export const catalogPage: BenchQuery = {
  label: "a. catalog page (first: 50)",
  query: `{ initiatives(first: 50) { nodes { title departmentId audiences
    sites { name neighborhood { name } } partners { name } } } }`,
  rows: nodes("initiatives"),
};

export const benchQueries: BenchQuery[] = [
  catalogPage,
  {
    label: "b. filtered: seniors, Spanish",
    query: `{ initiatives(filter: { audiences: [SENIORS], languages: [ES] }, first: 50) { nodes { title departmentId audiences languages } } }`,
    rows: nodes("initiatives"),
  },
  {
    label: 'c. full-text search "computer"',
    query: `{ initiatives(filter: { search: "computer" }, first: 50) { nodes { title departmentId summary } } }`,
    rows: nodes("initiatives"),
  },
  {
    // Each department's detail comes from that department's subgraph: the gateway's fan-out.
    label: "d. catalog page + department detail",
    query: `{ initiatives(first: 50) { nodes { title departmentId
      library { classes { title } } parks { computerLabs { workstations } }
      it { keyspotSites { name } } commerce { cohorts { name } } } } }`,
    rows: nodes("initiatives"),
  },
  {
    label: "e1. neighborhoods roll-up",
    query: `{ neighborhoods { name initiativeCounts { departmentId count } keyspotWorkstations peopleServed } }`,
    rows: items("neighborhoods"),
  },
  {
    label: "e2. coverageGaps(limit: 10)",
    query: `{ coverageGaps(limit: 10) { score reasons } }`,
    rows: items("coverageGaps"),
  },
];

/** The coordinator's place questions, timed at a catalog of 2,000 places. */
export const placeQueries: BenchQuery[] = [
  {
    label: "f1. places page (first: 100) with areas",
    query: `{ places(first: 100) { totalCount nodes { name kind status workstations neighborhood { name } planningDistrict { name } } } }`,
    rows: nodes("places"),
  },
  {
    label: "f2. places near a point (1 km)",
    query: `{ places(filter: { near: { latitude: 39.9526, longitude: -75.1652, meters: 1000 } }, first: 100) { totalCount nodes { name kind } } }`,
    rows: nodes("places"),
  },
  {
    label: "f3. place counts per planning district",
    query: `{ planningDistricts { name placeCounts { departmentId kind status count } } }`,
    rows: items("planningDistricts"),
  },
];
