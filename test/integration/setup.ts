// Hooks load the NLP pipeline and write to a real database: seconds, not milliseconds, and on a
// loaded two-core machine a cold Neo4j can take a minute or more. This is a hang guard, not a speed
// target (speed is measured by `npm run bench`).
jest.setTimeout(240_000);
