import { Injectable, OnModuleInit } from '@nestjs/common';
import { Actor, CustomFieldService, customValueText, hiddenFields } from '@crm/core';
import { ExportColumn, ExportTargets } from '@crm/contact';
import { Account } from '../account/account.entity';
import { AccountFilter } from '../account/account.inputs';
import { AccountService } from '../account/account.service';

type Column = ExportColumn<Account> & { field: string };

/** Columns of the accounts export: the same names the account import suggests back. */
const COLUMNS: Column[] = [
  { header: 'Customer code', field: 'code', value: (a) => a.code },
  { header: 'Name', field: 'name', value: (a) => a.name },
  { header: 'Legal name', field: 'legalName', value: (a) => a.legalName ?? '' },
  { header: 'Kind', field: 'kinds', value: (a) => a.kinds.join(', ') },
  { header: 'INN', field: 'inn', value: (a) => a.inn ?? '' },
  { header: 'KPP', field: 'kpp', value: (a) => a.kpp ?? '' },
  { header: 'OGRN', field: 'ogrn', value: (a) => a.ogrn ?? '' },
  { header: 'VAT ID', field: 'vatId', value: (a) => a.vatId ?? '' },
  { header: 'Industry', field: 'industry', value: (a) => a.industry ?? '' },
  { header: 'Region', field: 'region', value: (a) => a.region ?? '' },
  { header: 'City', field: 'addresses', value: (a) => a.addresses.map((x) => x.city).filter(Boolean).join('; ') },
  { header: 'Employees', field: 'employees', value: (a) => (a.employees === null ? '' : String(a.employees)) },
  { header: 'Phone', field: 'phones', value: (a) => a.phones.map((p) => p.number).join('; ') },
  { header: 'Email', field: 'emails', value: (a) => a.emails.map((e) => e.address).join('; ') },
  { header: 'Website', field: 'website', value: (a) => a.website ?? '' },
  { header: 'Tags', field: 'tags', value: (a) => a.tags.join(', ') },
  { header: 'Description', field: 'description', value: (a) => a.description ?? '' },
  { header: 'Portrait completeness, %', field: 'completeness', value: (a) => String(a.completeness) },
  { header: 'Created', field: 'createdAt', value: (a) => a.createdAt.toISOString() },
];

/** Accounts as an export target: a list filter or a segment, as a CSV the account import reads back. */
@Injectable()
export class AccountExportTarget implements OnModuleInit {
  constructor(private readonly targets: ExportTargets, private readonly accounts: AccountService, private readonly customFields: CustomFieldService) {}

  onModuleInit() {
    this.targets.register<Account>({
      entityType: 'account',
      permission: 'account.export',
      fileName: 'accounts',
      count: (actor, filter) => this.accounts.count(actor, filter as AccountFilter | null),
      columns: (actor) => this.columns(actor),
      batch: async (actor, filter, after, size) => {
        const qb = (await this.accounts.filteredQuery(actor, filter as AccountFilter | null)).orderBy('a.sort_name').addOrderBy('a.id').limit(size);
        if (after) qb.andWhere('(a.sort_name, a.id) > (:sortName, :id)', { sortName: after[0], id: after[1] });
        const rows = (await qb.getMany()).map((a) => this.accounts.mask(actor, a));
        return { rows, cursor: rows.length ? [rows.at(-1)!.sortName, rows.at(-1)!.id] : null };
      },
    });
  }

  private async columns(actor: Actor): Promise<Column[]> {
    const hidden = hiddenFields(actor, 'account');
    const custom = (await this.customFields.list('account')).map((f) => ({ header: f.label, field: `custom.${f.key}`, value: (a: Account) => customValueText(f, a.custom[f.key]) }));
    return [...COLUMNS, ...custom].filter((c) => !hidden.includes(c.field));
  }
}
