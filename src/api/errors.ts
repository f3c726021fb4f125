/** Every error a client may see: a GraphQLError with an extensions.code. */
import { GraphQLError } from 'graphql';
import { DatabaseUnavailableError, QueryTimeoutError } from '../graph/errors';

export function actorNotFound(name: string, suggestions: string[]): GraphQLError {
  const hint = suggestions.length > 0 ? ` Did you mean: ${suggestions.join(', ')}?` : '';
  return new GraphQLError(`No actor is named "${name}".${hint}`, {
    extensions: { code: 'ACTOR_NOT_FOUND', name, suggestions },
  });
}

export function actorAmbiguous(name: string, candidates: { id: string; name: string }[]): GraphQLError {
  return new GraphQLError(
    `"${name}" names ${candidates.length} actors: ${candidates.map((c) => `${c.name} (${c.id})`).join(', ')}. Use an id.`,
    { extensions: { code: 'ACTOR_AMBIGUOUS', name, candidates } },
  );
}

export function badUserInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}": ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
}

export function ingestRefused(permission: 'denied' | 'disabled'): GraphQLError {
  return permission === 'disabled'
    ? new GraphQLError('Ingest over HTTP is off: the server has no INGEST_TOKEN configured.', {
        extensions: { code: 'INGEST_DISABLED' },
      })
    : new GraphQLError('Ingest needs the header "Authorization: Bearer <INGEST_TOKEN>".', {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      });
}

/** The server's chosen extractor (EXTRACTOR=llm) got no usable answer for a submitted article: nothing was written. */
export function extractionFailed(message: string): GraphQLError {
  return new GraphQLError(`${message}. Nothing was written; try again later.`, {
    extensions: { code: 'EXTRACTION_FAILED' },
  });
}

/**
 * What a client sees of an error that is not a GraphQLError of ours: the database's
 * two conditions with their codes, and anything else masked (no stack, no Cypher).
 */
export function maskError(error: unknown, fallbackMessage: string): GraphQLError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DatabaseUnavailableError) {
    return new GraphQLError('The database is unavailable; try again shortly.', {
      extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } },
    });
  }
  if (original instanceof QueryTimeoutError) {
    return new GraphQLError(
      'The query took too long and was stopped; narrow it (fewer hops, a date range, fewer types).',
      {
        extensions: { code: 'QUERY_TIMEOUT' },
      },
    );
  }
  // graphql-jit wraps a resolver's error in a GraphQLError of its own that keeps no
  // `nodes`, and the response would lose its locations: send the located one it wraps.
  if (
    error instanceof GraphQLError &&
    error.originalError instanceof GraphQLError &&
    error.originalError.nodes !== undefined
  )
    return error.originalError;
  if (
    error instanceof GraphQLError &&
    (error.originalError === undefined || error.originalError instanceof GraphQLError)
  )
    return error;
  return new GraphQLError(fallbackMessage, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
