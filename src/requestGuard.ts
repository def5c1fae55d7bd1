import type { ApolloServerPlugin } from '@apollo/server';
import type { Config } from './config';
import type { Context } from './context';
import { checkCost, checkInputShape } from './limits';

/**
 * The per-request bounds that need the request itself (its variables, its operation),
 * checked once the operation is known and before it executes.
 */
export function requestGuard(config: Config): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          checkInputShape(schema, document, request.variables, config.inputLimits);
          checkCost(schema, document, request.variables, request.operationName);
        },
      };
    },
  };
}
