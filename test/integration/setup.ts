// Hooks load the NLP pipeline and write to a real database: seconds, not milliseconds.
jest.setTimeout(60_000);
