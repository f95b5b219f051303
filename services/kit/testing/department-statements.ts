import { type DepartmentDefinition } from "@dlhub/subgraph-kit";
import { queryEachOk } from "./graphql.js";
import { multiplyDepartmentData } from "./multiply-data.js";
import { useTestStack } from "./stack.js";
import { expectConstantStatements, statementsOf } from "./statements.js";
import { startTestSubgraph, type TestSubgraph } from "./subgraph.js";

export interface DepartmentStatementsSuite {
  /** The department's name in the possessive, as the suite's title says it: "the Free Library's". */
  whose: string;
  /** What grows, in words: "initiatives, classes, sessions and branches". */
  grows: string;
  /**
   * Queries that together ask every relation the department serves; each loader asked from one
   * place per query, as one loader asked from two places batches by timing, not by design.
   */
  queries: Record<string, string>;
}

/**
 * The one statements-per-request suite every department runs: its subgraph on a fresh database,
 * every query answered, then every table of the department grown fivefold, each copied row with
 * copies of what it references, and the same queries must cost the same statements.
 */
export function describeDepartmentStatements(department: DepartmentDefinition, suite: DepartmentStatementsSuite): void {
  describe(`${suite.whose} SQL statements per request`, () => {
    const stack = useTestStack();
    let subgraph: TestSubgraph;

    beforeAll(async () => {
      subgraph = await startTestSubgraph(department, { stack });
    });

    it(`stay the same when ${suite.grows} all grow fivefold`, async () => {
      await expectConstantStatements({
        statements: statementsOf(subgraph),
        request: () => queryEachOk(subgraph.url, suite.queries),
        grow: () => multiplyDepartmentData(subgraph.service.database.dataSource, 4),
      });
    });
  });
}
