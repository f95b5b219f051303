import { type SubgraphContext, defineLoader } from "@dlhub/subgraph-kit";

/**
 * Whether the hub holds any real record. Real and demo data never mix in an answer unless the
 * question asks for it: while everything is demo (a fresh `npm start`) answers show the demo data,
 * and from the first real import on they leave it out. One statement per request, on two partial
 * indexes that hold only real rows, so it is an index probe however large the catalog.
 */
const REAL_DATA_PRESENT_SQL = `(EXISTS (SELECT 1 FROM catalog_place WHERE NOT is_demo) OR EXISTS (SELECT 1 FROM catalog_initiative WHERE NOT is_demo))`;

const realDataPresent = defineLoader<"hub", boolean>("realDataPresent", async (keys, db) => {
  const [{ real }] = await db.query<{ real: boolean }[]>(`SELECT ${REAL_DATA_PRESENT_SQL} AS real`);
  return keys.map(() => real);
});

/**
 * The hub's rule as a condition on a statement's own rows (`alias.is_demo`), for a statement that
 * would otherwise wait for `demoIncluded`'s statement first: the two probes run once per statement
 * (they do not depend on the row), and a page is answered in one round instead of two.
 */
export function demoRuleSql(alias: string, asked?: boolean | null): string | null {
  if (asked === true) return null;
  if (asked === false) return `NOT ${alias}.is_demo`;
  return `(NOT ${alias}.is_demo OR NOT ${REAL_DATA_PRESENT_SQL})`;
}

/** `includeDemo` as the question gave it, else the hub's rule: demo data only while nothing is real. */
export async function demoIncluded(context: SubgraphContext, asked?: boolean | null): Promise<boolean> {
  if (asked === true || asked === false) return asked;
  return !(await realDataPresent(context).load("hub"));
}

export const INCLUDE_DEMO_DESCRIPTION =
  "true: count demo data too; false: never. Left out: demo data only while the hub holds no real place or initiative.";

/** A loader key for an area's figures: which area, and whether demo rows count. */
export interface AreaKey {
  area: string;
  demo: boolean;
}

/**
 * Answers area keys with one statement per demo setting among them — at most two, however many
 * areas a request asks about. `run` answers a list of areas in order.
 */
export async function byDemoSetting<V>(keys: readonly AreaKey[], run: (areas: string[], demo: boolean) => Promise<V[]>): Promise<V[]> {
  const answers = new Map<string, V>();
  for (const demo of [false, true]) {
    const areas = [...new Set(keys.filter((k) => k.demo === demo).map((k) => k.area))];
    if (areas.length === 0) continue;
    (await run(areas, demo)).forEach((value, index) => answers.set(`${demo}:${areas[index]}`, value));
  }
  return keys.map((k) => answers.get(`${k.demo}:${k.area}`) as V);
}
