import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, APP_CONFIG } from './config/app-config';
import { SettingsResolver } from './config/settings.resolver';
import { dataSourceOptions } from './database/data-source';
import { ApiKey } from './auth/api-key.entity';
import { AccessGuard } from './auth/auth.guard';
import { ApiKeyFieldsResolver, AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { ApiKeyStrategy, SessionStrategy } from './auth/auth.strategies';
import { Session } from './auth/session.entity';
import { Team, Territory, User } from './auth/user.entity';
import { ReadAudit } from './audit/read-audit.entity';
import { ReadAuditService } from './audit/read-audit.service';
import { Clock } from './clock';
import { EventRecord } from './events/event.entity';
import { EventLog } from './events/event-log.service';
import { DateScalar, JsonScalar } from './graphql/scalars';
import { JobQueue } from './jobs/job-queue.service';
import { JobWorkerHost } from './jobs/job-worker.service';
import { Notification } from './notifications/notification.entity';
import { NotificationResolver } from './notifications/notification.resolver';
import { NotificationService } from './notifications/notification.service';
import { HealthController } from './ops/health.controller';
import { MetricsController } from './ops/metrics';
import { createRedis, REDIS, RedisShutdown } from './redis/redis';
import { CustomField } from './records/custom-field.entity';
import { CustomFieldService } from './records/custom-field.service';
import { RecordTypes } from './records/record-types';
import { DuplicatePair, DuplicateQueue } from './records/duplicates';
import { MergedRecord, MergeParticipants } from './records/merge';
import { CustomFieldResolver, DuplicateResolver, SegmentResolver } from './records/records.resolver';
import { Segment, SegmentChange, SegmentMember } from './records/segment.entity';
import { SegmentService } from './records/segment.service';

export const CORE_ENTITIES = [
  User, Team, Territory, Session, ApiKey, EventRecord, ReadAudit, Notification, CustomField, Segment, SegmentMember, SegmentChange, MergedRecord, DuplicatePair,
];

/**
 * What every module needs: config, database, Redis, auth and the access guard, the event log,
 * read audit, notifications, jobs, and the record-type features (custom fields, criteria, segments). Global, so modules inject these without re-importing.
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, options: { http: boolean; clock?: Clock }): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        DiscoveryModule,
        PassportModule,
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.database.url, { entities: [], poolMax: config.database.poolMax }), autoLoadEntities: true }),
        TypeOrmModule.forFeature(CORE_ENTITIES),
      ],
      controllers: options.http ? [HealthController, MetricsController] : [],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: REDIS, useFactory: () => createRedis(config.redis.url) },
        RedisShutdown,
        options.clock ? { provide: Clock, useValue: options.clock } : Clock,
        AuthService,
        EventLog,
        ReadAuditService,
        NotificationService,
        JobQueue,
        JobWorkerHost,
        RecordTypes,
        CustomFieldService,
        SegmentService,
        MergeParticipants,
        DuplicateQueue,
        ...(options.http
          ? [
              ApiKeyStrategy, SessionStrategy, { provide: APP_GUARD, useClass: AccessGuard }, AuthResolver, ApiKeyFieldsResolver, NotificationResolver,
              CustomFieldResolver, SegmentResolver, DuplicateResolver, SettingsResolver, DateScalar, JsonScalar,
            ]
          : []),
      ],
      exports: [
        APP_CONFIG, REDIS, Clock, AuthService, EventLog, ReadAuditService, NotificationService, JobQueue, JobWorkerHost, RecordTypes, CustomFieldService,
        SegmentService, MergeParticipants, DuplicateQueue, TypeOrmModule,
      ],
    };
  }
}
