import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers';

export const SDL_FILE = path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql');

/** The executable schema: the SDL contract in schema/ plus the resolvers. */
export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: readFileSync(SDL_FILE, 'utf8'), resolvers });
}
