import { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { FieldNode, FragmentDefinitionNode, GraphQLError, GraphQLSchema, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { Actor, can } from '../access/actor';
import { ForbiddenError, ValidationError } from '../errors/errors';

export interface QueryLimits {
  maxDepth: number;
  maxComplexity: number;
  maxAliases: number;
  /** Introspection is open in development; elsewhere only for admins and keys with schema.introspect. */
  introspectionOpen: boolean;
}

interface Walk {
  depth: number;
  aliases: number;
  introspection: boolean;
}

function walk(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, depth: number, seen: Set<string>, acc: Walk) {
  acc.depth = Math.max(acc.depth, depth);
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      const field = sel as FieldNode;
      if (field.alias) acc.aliases++;
      if (field.name.value === '__schema' || field.name.value === '__type') acc.introspection = true;
      if (field.selectionSet) walk(field.selectionSet, fragments, depth + 1, seen, acc);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      walk(sel.selectionSet, fragments, depth, seen, acc);
    } else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value) && fragments[sel.name.value]) {
      seen.add(sel.name.value);
      walk(fragments[sel.name.value].selectionSet, fragments, depth, seen, acc);
    }
  }
}

/** Refuses deep, wide (aliases) or expensive operations before any resolver runs. */
/**
 * Query cost, or 0 when the variables do not even coerce: execution then reports that error to
 * the client as bad input, naming the variable.
 */
function measureComplexity(options: Parameters<typeof getComplexity>[0]): number {
  try {
    return getComplexity(options);
  } catch (e) {
    if (e instanceof GraphQLError) return 0;
    throw e;
  }
}

export function queryLimitsPlugin(limits: QueryLimits, schema: () => GraphQLSchema): ApolloServerPlugin<{ req: { actor?: Actor | null } }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(ctx: GraphQLRequestContext<{ req: { actor?: Actor | null } }>) {
          const document = ctx.document!;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
          const operation = ctx.operation as OperationDefinitionNode;
          const acc: Walk = { depth: 0, aliases: 0, introspection: false };
          walk(operation.selectionSet, fragments, 1, new Set(), acc);
          if (acc.introspection && !limits.introspectionOpen) {
            const actor = ctx.contextValue.req.actor;
            if (!actor || !can(actor, 'schema.introspect')) throw new ForbiddenError('Introspection needs the schema.introspect permission', 'INTROSPECTION_DISABLED');
          }
          if (acc.depth > limits.maxDepth) throw ValidationError.field('query', `is nested ${acc.depth} levels deep; the limit is ${limits.maxDepth}`, 'QUERY_TOO_DEEP');
          if (acc.aliases > limits.maxAliases) throw ValidationError.field('query', `uses ${acc.aliases} aliases; the limit is ${limits.maxAliases}`, 'TOO_MANY_ALIASES');
          const complexity = measureComplexity({
            schema: schema(),
            query: document,
            operationName: ctx.request.operationName ?? undefined,
            variables: ctx.request.variables ?? {},
            estimators: [
              // Lists cost their page size times their children.
              ({ args, childComplexity }) => {
                const first = typeof args?.first === 'number' ? args.first : undefined;
                return first !== undefined ? first * Math.max(childComplexity, 1) : undefined;
              },
              simpleEstimator({ defaultComplexity: 1 }),
            ],
          });
          if (complexity > limits.maxComplexity) throw ValidationError.field('query', `costs ${complexity}; the limit is ${limits.maxComplexity}`, 'QUERY_TOO_COMPLEX');
        },
      };
    },
  };
}
