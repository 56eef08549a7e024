import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, CoreModule } from '@crm/core';
import { DOMAIN_MODULES } from '@crm/modules';

/** The same modules as the gateway, without HTTP: their @OnJob handlers run here. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: WorkerModule, imports: [CoreModule.forRoot(config, { http: false }), ...DOMAIN_MODULES] };
  }
}
