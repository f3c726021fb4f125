import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context';

/**
 * Reports in `extensions.roundTrips` how many Cypher queries an operation made:
 * the measure of what batching saves, readable by any client or test.
 */
export function useRoundTripCount(): Plugin<Context> {
  return {
    onExecute() {
      return {
        onExecuteDone({ args, result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          setResult({
            ...result,
            extensions: { ...result.extensions, roundTrips: args.contextValue.reader.roundTrips },
          });
        },
      };
    },
  };
}
