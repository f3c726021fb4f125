/**
 * What the Neo4j server behind a driver offers beyond Cypher. The embedded Neo4j registers our
 * time-respecting path search (scripts/neo4j, TimeRespectingPaths.java), which carries a day along each path
 * while it searches; a Neo4j server of one's own (NEO4J_URI) has it only if that class is deployed there, and
 * the path query otherwise answers with a Cypher statement (./queries.ts).
 */
import type { Driver } from 'neo4j-driver';
import { readRows, type Reader } from './read';

export const TIME_RESPECTING_PROCEDURE = 'actorgraph.timeRespectingPaths';

const answers = new WeakMap<Driver, Promise<boolean>>();

/**
 * Whether the server has the time-respecting search: asked once per driver, by the first reader that needs to
 * know (the question is a round trip of that reader's request). A question that fails (the server down, or a user
 * not allowed to list procedures) answers no for that request, whose own statement then says what is wrong or
 * answers by Cypher, and is asked again next time.
 */
export function hasTimeRespectingSearch(reader: Reader): Promise<boolean> {
  const { driver } = reader;
  const known = answers.get(driver);
  if (known !== undefined) return known;
  const answer = readRows<{ found: boolean }>(
    reader,
    'SHOW PROCEDURES YIELD name WHERE name = $name RETURN count(*) > 0 AS found',
    { name: TIME_RESPECTING_PROCEDURE },
  ).then(
    (rows) => rows[0]?.found === true,
    () => {
      answers.delete(driver);
      return false;
    },
  );
  answers.set(driver, answer);
  return answer;
}
