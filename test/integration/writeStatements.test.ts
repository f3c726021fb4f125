/**
 * The writer's statements keep their first plan (`CYPHER replan=skip`, src/graph/writeStatements.ts).
 * That is safe only if the plan made on an empty graph, the first a new database makes, already
 * reaches every row from an index seek: a label or relationship-type scan planned then would stay,
 * and cost a scan of the whole graph per row once the graph has grown.
 */
import type { Driver } from 'neo4j-driver';
import type { Plan } from 'neo4j-driver';
import { plannedOnceStatements } from '../../src/graph/writeStatements';
import { resetGraph, testDriver } from './db';

/** The operators of a plan, leaves included, without Neo4j's "@database" suffix. */
function operators(plan: Plan): string[] {
  return [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap(operators)];
}

/** The operators a plan starts from (those without children): the parameter's rows (Unwind), seeks, arguments. */
function leaves(plan: Plan): string[] {
  return plan.children.length === 0 ? [plan.operatorType.replace(/@.*$/, '')] : plan.children.flatMap(leaves);
}

async function planOf(driver: Driver, statement: string): Promise<Plan> {
  const { summary } = await driver.executeQuery(`EXPLAIN ${statement}`);
  if (summary.plan === false) throw new Error(`planOf: EXPLAIN gave no plan for ${statement.slice(0, 80)}`);
  return summary.plan;
}

describe("the writer's statements planned once", () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetGraph(driver);
  });
  afterAll(() => driver.close());

  test('there are statements to check, each asking to keep its plan', () => {
    const statements = plannedOnceStatements();
    expect(statements.length).toBeGreaterThan(10);
    for (const [, statement] of statements) expect(statement.startsWith('CYPHER replan=skip')).toBe(true);
  });

  test.each(plannedOnceStatements())(
    'planned on an empty graph, %s starts from its rows and index seeks, and scans nothing',
    async (_name, statement) => {
      const plan = await planOf(driver, statement);
      expect(operators(plan).filter((op) => /Scan/.test(op))).toEqual([]);
      for (const leaf of leaves(plan)) expect(leaf).toMatch(/Seek|^Argument$|^Unwind$/);
    },
  );
});
