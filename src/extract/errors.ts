/**
 * The one error the extractor throws: input that is not a news article it can read.
 * Callers (ingest, the API) show `message` and branch on `code`.
 */
export type ExtractionErrorCode = 'TOO_LARGE' | 'NOT_TEXT' | 'BAD_FRONT_MATTER';

export class ExtractionError extends Error {
  override name = 'ExtractionError';
  constructor(
    readonly code: ExtractionErrorCode,
    message: string,
  ) {
    super(message);
  }
}
