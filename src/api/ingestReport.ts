import type { WriteReport } from '../graph/writer';

/** What the ingest mutation returns before its fields are resolved through the loaders. */
export type IngestReportModel = WriteReport & { warnings: string[] };
