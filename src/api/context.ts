import { createHash, timingSafeEqual } from 'node:crypto';
import { createReader, type Reader } from '../graph/read';
import type { Driver } from 'neo4j-driver';
import type { ArticleSubmission } from '../domain/types';
import type { IngestReportModel } from './ingestReport';
import { createLoaders, type Loaders } from './loaders';

/** What a request may do with the ingest mutation. */
export type IngestPermission = 'allowed' | 'denied' | 'disabled';

export interface Context {
  reader: Reader;
  loaders: Loaders;
  ingestPermission: IngestPermission;
  ingest(submission: ArticleSubmission): Promise<IngestReportModel>;
}

export interface ContextOptions {
  driver: Driver;
  /** INGEST_TOKEN; undefined disables the ingest mutation. */
  ingestToken: string | undefined;
  readTimeoutMs: number;
  ingest(driver: Driver, submission: ArticleSubmission): Promise<IngestReportModel>;
}

/**
 * Compares the bearer token in constant time: both sides are hashed first so that
 * neither the content nor the length of the token leaks through timing.
 */
export function ingestPermission(authorization: string | null, token: string | undefined): IngestPermission {
  if (token === undefined || token === '') return 'disabled';
  const presented = /^Bearer\s+(\S.*)$/i.exec(authorization ?? '')?.[1] ?? '';
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(presented), digest(token)) ? 'allowed' : 'denied';
}

export function createContext(options: ContextOptions, authorization: string | null): Context {
  const reader = createReader(options.driver, options.readTimeoutMs);
  return {
    reader,
    loaders: createLoaders(reader),
    ingestPermission: ingestPermission(authorization, options.ingestToken),
    ingest: (submission) => options.ingest(options.driver, submission),
  };
}
