/**
 * graphql-jit, unlike graphql-js, does not give an error thrown by a resolver the
 * location of its field in the query (`locations`), which tells a client which part
 * of its query failed. Each field resolver is wrapped once, when the schema is
 * built, to add it; a resolver that does not throw pays one function call.
 * graphql-jit then wraps the located error in one of its own, which maskError
 * (errors.ts) unwraps.
 */
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  GraphQLError,
  defaultFieldResolver,
  responsePathAsArray,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';

function located(error: unknown, info: GraphQLResolveInfo): unknown {
  if (!(error instanceof GraphQLError) || error.nodes !== undefined) return error;
  return new GraphQLError(error.message, {
    nodes: info.fieldNodes,
    path: responsePathAsArray(info.path),
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

function locating(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    try {
      const value = resolve(source, args, context, info);
      return value instanceof Promise ? value.catch((error: unknown) => Promise.reject(located(error, info))) : value;
    } catch (error) {
      throw located(error, info);
    }
  };
}

/** The schema with every resolver written for it (not the default ones) locating its errors. */
export function withErrorLocations(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field) =>
      field.resolve === undefined || field.resolve === defaultFieldResolver
        ? field
        : { ...field, resolve: locating(field.resolve) },
  });
}
