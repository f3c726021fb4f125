import {
  GraphQLError,
  getNamedType,
  Kind,
  type ASTNode,
  type ArgumentNode,
  type ObjectFieldNode,
  type ValidationRule,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { isJsonObject } from '../../domain/json';
import { isPartialDate } from '../../domain/partialDate';

/**
 * Checks every date written in a query ("since", "input.published") and names the
 * argument in the error: the scalar alone can only say that some date is wrong.
 * Dates passed as variables are named by graphql-js itself ('Variable "$since"').
 */
function isNode(value: unknown): value is ASTNode {
  return isJsonObject(value) && 'kind' in value;
}

export const partialDateArgumentsRule: ValidationRule = (context) => ({
  StringValue(node, _key, parent, _path, ancestors) {
    const type = context.getInputType();
    if (type === null || type === undefined || getNamedType(type).name !== 'PartialDate' || isPartialDate(node.value))
      return;
    // The visitor's ancestors stop short of the parent: the path is both together.
    const names = [...ancestors, parent]
      .filter(
        (a): a is ArgumentNode | ObjectFieldNode =>
          isNode(a) && (a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD),
      )
      .map((a) => a.name.value);
    const argument = names.join('.');
    context.reportError(
      new GraphQLError(
        `Argument "${argument}": a date must be "YYYY", "YYYY-MM" or "YYYY-MM-DD", got ${JSON.stringify(node.value)}`,
        {
          nodes: node,
          extensions: { code: 'BAD_USER_INPUT', argument },
        },
      ),
    );
  },
});

export function usePartialDateArguments(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(partialDateArgumentsRule);
    },
  };
}
