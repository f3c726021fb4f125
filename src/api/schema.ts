import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { withErrorLocations } from './errorLocations';
import { resolvers } from './resolvers';

export const SDL_FILE = path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql');

/** The executable schema: the SDL contract in schema/ plus the resolvers (whose errors say where in the query they arose). */
export function buildSchema(): GraphQLSchema {
  return withErrorLocations(makeExecutableSchema({ typeDefs: readFileSync(SDL_FILE, 'utf8'), resolvers }));
}
