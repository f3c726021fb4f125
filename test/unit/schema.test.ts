import { schemaStatements } from '../../src/graph/schema';

describe('schemaStatements', () => {
  test('splits on semicolons and drops comment lines', () => {
    expect(
      schemaStatements(
        '// a comment\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\n// b\nCREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y);\n',
      ),
    ).toEqual(['CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)', 'CREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y)']);
  });

  test('every statement of schema/neo4j.cypher is idempotent', () => {
    const statements = schemaStatements();
    expect(statements.length).toBeGreaterThanOrEqual(4);
    for (const s of statements) expect(s).toMatch(/IF NOT EXISTS/);
  });
});
