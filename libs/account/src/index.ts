export * from './lib/account.module';
export * from './lib/account/account.entity';
export * from './lib/account/account.inputs';
export * from './lib/account/account.service';
export * from './lib/link/account-contact.entity';
export * from './lib/link/link.service';
export * from './lib/metric/metric.entity';
export { ACCOUNT_MIGRATIONS } from './migrations';
