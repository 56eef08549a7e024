import { ApolloServerPlugin } from '@apollo/server';
import { graphqlOperations } from '../ops/metrics';

/** Counts operations by name and outcome for /metrics (names only, never variables). */
export function metricsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(ctx) {
          const operation = ctx.operationName ?? 'anonymous';
          graphqlOperations.inc({ operation, outcome: ctx.errors?.length ? 'error' : 'ok' });
        },
      };
    },
  };
}
