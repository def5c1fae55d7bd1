import type { ApolloServerPlugin } from '@apollo/server';
import type { Config } from './config';
import type { Context } from './context';
import { readOnly, responseTooLarge } from './errors';
import { checkCost, checkInputShape } from './limits';

/**
 * The per-request bounds that need the request itself (its variables, its operation),
 * checked once the operation is known and before it executes.
 */
export function requestGuard(config: Config): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operation }) {
          if (operation && operation.operation !== 'query') throw readOnly(operation.operation);
          checkInputShape(schema, document, request.variables, config.inputLimits);
          checkCost(schema, document, request.variables, request.operationName);
        },
        async executionDidStart({ contextValue }) {
          return {
            // The answer's size as it is built: a field's name and, for a value, its text.
            willResolveField({ info }) {
              return (_error, result) => {
                const value = typeof result === 'string' ? Buffer.byteLength(result) : 8;
                contextValue.scope.spend(info.fieldName.length + 4 + value);
              };
            },
          };
        },
        async willSendResponse({ contextValue, response }) {
          const { scope } = contextValue;
          scope.end();
          if (response.body.kind !== 'single') return;
          const bytes = Buffer.byteLength(JSON.stringify(response.body.singleResult));
          if (bytes > config.responseLimitBytes)
            scope.abort(responseTooLarge(config.responseLimitBytes));
          if (!scope.error) return;
          // A stopped request answers with why, and nothing of its partial answer.
          response.body.singleResult = { errors: [scope.error.toJSON()] };
          response.http.status = 400;
        },
      };
    },
  };
}
