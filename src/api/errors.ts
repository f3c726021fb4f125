/** Every error a client may see: a GraphQLError with an extensions.code. */
import { GraphQLError } from 'graphql';

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
