import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContactModule } from '@crm/contact';
import { Account, AccountExternalId } from './account/account.entity';
import { AccountFieldResolver } from './account/account.field-resolvers';
import { AccountRecordType } from './account/account.record-type';
import { AccountConnectionResolver, AccountResolver } from './account/account.resolver';
import { AccountService } from './account/account.service';
import { Contract } from './contract/contract.entity';
import { ContractController } from './contract/contract.controller';
import { ContractResolver } from './contract/contract.resolver';
import { ContractService } from './contract/contract.service';
import { CustomerLoader, CustomerResolver, DuplicatePairRecordsResolver, SegmentChangeRecordResolver } from './customer/customer.resolver';
import { AccountExportResolver } from './export/account-export.resolver';
import { AccountExportTarget } from './export/account-export.target';
import { AccountImportController } from './import/account-import.controller';
import { AccountImportTarget } from './import/account-import.target';
import { MetricImportTarget } from './import/metric-import.target';
import { AccountContact } from './link/account-contact.entity';
import { ContactAccountsResolver, LinkResolver } from './link/link.resolver';
import { LinkService } from './link/link.service';
import { AccountMergeResolver } from './merge/merge.resolver';
import { AccountMergeService } from './merge/merge.service';
import { AccountMetricValue } from './metric/metric.entity';
import { MetricResolver } from './metric/metric.resolver';
import { MetricService } from './metric/metric.service';

export const ACCOUNT_ENTITIES = [Account, AccountExternalId, AccountContact, Contract, AccountMetricValue];

/** Counterparties (ACC-1..ACC-7) and the customer identity shared with contacts (CON-2). */
@Module({
  imports: [TypeOrmModule.forFeature(ACCOUNT_ENTITIES), ContactModule],
  controllers: [ContractController, AccountImportController],
  providers: [
    AccountService, AccountRecordType, AccountMergeService, AccountImportTarget, MetricImportTarget, AccountExportTarget, LinkService, ContractService, MetricService,
    AccountResolver, AccountConnectionResolver, AccountFieldResolver, LinkResolver, ContactAccountsResolver, ContractResolver, MetricResolver, CustomerResolver,
    AccountMergeResolver, AccountExportResolver, CustomerLoader, DuplicatePairRecordsResolver, SegmentChangeRecordResolver,
  ],
  exports: [AccountService, LinkService, MetricService],
})
export class AccountModule {}
