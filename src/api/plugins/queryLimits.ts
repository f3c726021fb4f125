/**
 * Limits on the shape of a query, from GraphQL Armor: depth, aliases, tokens,
 * directives and estimated cost. Each rejection is reported as a GraphQLError with
 * its own extensions.code, so that clients can tell which limit they hit.
 */
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export const QUERY_LIMITS = {
  depth: 12,
  aliases: 15,
  tokens: 2000,
  directives: 20,
  cost: 20_000,
} as const;

/** Armor calls this instead of throwing its own uncoded error. */
function reject(code: string) {
  return [
    (ctx: ValidationContext | null, error: GraphQLError) => {
      const coded = new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } });
      // Validation rules report; the token limit runs in the parser, where only throwing stops it.
      if (ctx === null) throw coded;
      ctx.reportError(coded);
    },
  ];
}

export function useQueryLimits(): Plugin[] {
  const common = { exposeLimits: true, propagateOnRejection: false };
  return [
    maxTokensPlugin({ ...common, n: QUERY_LIMITS.tokens, onReject: reject('TOO_MANY_TOKENS') }),
    maxDepthPlugin({ ...common, n: QUERY_LIMITS.depth, ignoreIntrospection: true, onReject: reject('QUERY_TOO_DEEP') }),
    maxAliasesPlugin({ ...common, n: QUERY_LIMITS.aliases, onReject: reject('TOO_MANY_ALIASES') }),
    maxDirectivesPlugin({ ...common, n: QUERY_LIMITS.directives, onReject: reject('TOO_MANY_DIRECTIVES') }),
    costLimitPlugin({
      ...common,
      maxCost: QUERY_LIMITS.cost,
      ignoreIntrospection: true,
      onReject: reject('QUERY_TOO_COSTLY'),
    }),
  ] as Plugin[];
}
