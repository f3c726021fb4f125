import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';

const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema', 'neo4j.cypher');

/** The statements of schema/neo4j.cypher, comments dropped. */
export function schemaStatements(text = readFileSync(SCHEMA_FILE, 'utf8')): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '');
}

/** Applies constraints and indexes (idempotent) and waits until the indexes are online. */
export async function applySchema(driver: Driver): Promise<void> {
  // Schema statements cannot share a transaction with each other, so one session, one auto-commit each.
  const session = driver.session();
  try {
    for (const statement of schemaStatements()) await session.run(statement);
    await session.run('CALL db.awaitIndexes(60)');
  } finally {
    await session.close();
  }
}
