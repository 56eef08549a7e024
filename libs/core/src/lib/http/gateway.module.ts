import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module, Type } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';

import { AppConfig } from '../config/app-config';
import { Clock } from '../clock';
import { CoreModule } from '../core.module';
import { formatGraphQLError } from '../graphql/format-error';
import { queryLimitsPlugin } from '../graphql/limits.plugin';
import { Loaders } from '../graphql/loaders';
import { createValidationPipe } from '../graphql/validation';
import { GraphQLSchema } from 'graphql';
import { DomainExceptionFilter } from './domain-exception.filter';
import { metricsPlugin } from './metrics.plugin';

/**
 * The one GraphQL gateway: core plus the given CRM modules, code-first schema. The gateway app
 * passes every module; integration tests pass the ones they exercise.
 */
@Module({})
export class GatewayModule {
  static forRoot(config: AppConfig, modules: (Type | DynamicModule)[], overrides: { clock?: Clock } = {}): DynamicModule {
    let schema: GraphQLSchema | undefined;
    return {
      module: GatewayModule,
      imports: [
        CoreModule.forRoot(config, { http: true, ...overrides }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [GraphQLSchemaHost],
          useFactory: (host: GraphQLSchemaHost) => ({
            autoSchemaFile: true,
            sortSchema: true,
            playground: false,
            introspection: true, // gated per actor by queryLimitsPlugin
            csrfPrevention: true,
            allowBatchedHttpRequests: false,
            includeStacktraceInErrorResponses: false,
            context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res, loaders: new Loaders() }),
            formatError: formatGraphQLError,
            plugins: [
              queryLimitsPlugin({ ...config.graphql, introspectionOpen: config.env === 'development' }, () => (schema ??= host.schema)),
              metricsPlugin(),
            ],
          }),
        }),
        ...modules,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: DomainExceptionFilter },
      ],
    };
  }
}
