import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig, CriteriaField, RecordTypes } from '@crm/core';
import { AccountMetric } from '../metric/metric.entity';
import { AccountKind, CompanySize } from './account.entity';
import { ACCOUNT_SCOPE } from './account.service';

const enumOptions = (values: object) => Object.values(values).map((v: string) => ({ key: v, label: v }));

/** Metric fields: the sum (or average, for balances) over the last 12 whole months, and the latest month. */
function metricFields(currency: string): CriteriaField[] {
  return Object.values(AccountMetric).flatMap((metric) => {
    const aggregate = metric === AccountMetric.AVERAGE_BALANCE ? 'avg' : 'sum';
    const values = (a: string) => `FROM account.metric_value mv WHERE mv.account_id = ${a}.id AND mv.metric = '${metric}'`;
    return [
      {
        key: `metrics.${metric}.last12Months`,
        label: `${metric} over the last 12 months`,
        type: 'MONEY' as const,
        guardedBy: 'metrics',
        currency,
        sql: (a: string) => `(SELECT ${aggregate}(mv.amount) ${values(a)} AND mv.period >= (date_trunc('month', now()) - interval '12 months')::date AND mv.period < date_trunc('month', now())::date)`,
      },
      {
        key: `metrics.${metric}.latest`,
        label: `${metric}, latest month`,
        type: 'MONEY' as const,
        guardedBy: 'metrics',
        currency,
        sql: (a: string) => `(SELECT mv.amount ${values(a)} ORDER BY mv.period DESC LIMIT 1)`,
      },
    ];
  });
}

/**
 * Accounts as a record type (ACC-5): built-in, requisite, metric and related fields for criteria,
 * and the built-in portrait fields. Also adds the contact ↔ account relations, so contact
 * segments can say "contacts of accounts in region X" without contact knowing about accounts.
 */
@Injectable()
export class AccountRecordType implements OnModuleInit {
  constructor(private readonly types: RecordTypes, @Inject(APP_CONFIG) private readonly config: AppConfig) {}

  onModuleInit() {
    this.types.register({
      name: 'account',
      table: 'account.account',
      scope: ACCOUNT_SCOPE,
      readPermission: 'account.read',
      fields: [
        { key: 'code', label: 'Customer code', type: 'TEXT', sql: (a) => `${a}.code` },
        { key: 'name', label: 'Name', type: 'TEXT', sql: (a) => `${a}.name` },
        { key: 'legalName', label: 'Legal name', type: 'TEXT', sql: (a) => `${a}.legal_name` },
        { key: 'kinds', label: 'Kind', type: 'MULTI_SELECT', options: enumOptions(AccountKind), sql: (a) => `${a}.kinds` },
        { key: 'industry', label: 'Industry', type: 'TEXT', sql: (a) => `${a}.industry` },
        { key: 'region', label: 'Region', type: 'TEXT', sql: (a) => `${a}.region` },
        { key: 'city', label: 'City', type: 'TEXT', many: true, sql: (a) => `ARRAY(SELECT (x->>'city') FROM jsonb_array_elements(${a}.addresses) x WHERE x->>'city' IS NOT NULL)` },
        { key: 'size', label: 'Size', type: 'SELECT', options: enumOptions(CompanySize), sql: (a) => `${a}.size` },
        { key: 'employees', label: 'Employees', type: 'NUMBER', sql: (a) => `${a}.employees` },
        { key: 'inn', label: 'INN', type: 'TEXT', sql: (a) => `${a}.inn` },
        { key: 'ogrn', label: 'OGRN', type: 'TEXT', sql: (a) => `${a}.ogrn` },
        { key: 'email', label: 'E-mail', type: 'EMAIL', many: true, sql: (a) => `${a}.email_addresses` },
        { key: 'phone', label: 'Phone', type: 'PHONE', many: true, sql: (a) => `${a}.phone_numbers` },
        { key: 'tags', label: 'Tags', type: 'TEXT', many: true, sql: (a) => `${a}.tags` },
        { key: 'competitorIds', label: 'Buys from competitor', type: 'ID', refersTo: 'account', many: true, sql: (a) => `ARRAY(SELECT (x->>'competitorId') FROM jsonb_array_elements(${a}.competitor_purchases) x WHERE x->>'competitorId' IS NOT NULL)` },
        { key: 'ownerId', label: 'Owner', type: 'ID', refersTo: 'user', sql: (a) => `${a}.owner_id` },
        { key: 'territoryId', label: 'Territory', type: 'ID', refersTo: 'territory', sql: (a) => `${a}.territory_id` },
        { key: 'parentId', label: 'Parent account', type: 'ID', refersTo: 'account', sql: (a) => `${a}.parent_id` },
        { key: 'completeness', label: 'Portrait completeness, %', type: 'NUMBER', sql: (a) => `${a}.completeness` },
        { key: 'createdAt', label: 'Created', type: 'DATE', sql: (a) => `${a}.created_at` },
        ...metricFields(this.config.locale.reportingCurrency),
      ],
      relations: [
        { key: 'contacts', label: 'Contacts', target: 'contact', link: (o, i) => `EXISTS (SELECT 1 FROM account.account_contact l WHERE l.account_id = ${o}.id AND l.contact_id = ${i}.id)` },
        { key: 'parent', label: 'Parent account', target: 'account', link: (o, i) => `${i}.id = ${o}.parent_id` },
        { key: 'children', label: 'Subsidiaries', target: 'account', link: (o, i) => `${i}.parent_id = ${o}.id` },
      ],
      // Same INN (branches share it: different KPPs lower the score), OGRN, e-mail or phone; a
      // nearly identical name among each account's 3 nearest names (trigram KNN, GiST index).
      duplicateScan: `
        WITH e AS (SELECT id, unnest(email_addresses) AS v FROM account.account),
             p AS (SELECT id, unnest(phone_numbers) AS v FROM account.account),
             signals AS (
               SELECT x.id AS a_id, y.id AS b_id, 'INN' AS reason, CASE WHEN x.kpp IS DISTINCT FROM y.kpp THEN 0.6 ELSE 0.95 END AS w
                 FROM account.account x JOIN account.account y ON x.inn = y.inn AND x.id < y.id
               UNION SELECT x.id, y.id, 'OGRN', 0.95 FROM account.account x JOIN account.account y ON x.ogrn = y.ogrn AND x.id < y.id
               UNION SELECT x.id, y.id, 'EMAIL', 0.8 FROM e x JOIN e y ON x.v = y.v AND x.id < y.id
               UNION SELECT x.id, y.id, 'PHONE', 0.7 FROM p x JOIN p y ON x.v = y.v AND x.id < y.id
               UNION SELECT least(x.id, n.id), greatest(x.id, n.id), 'NAME', 0.6 * similarity(x.sort_name, n.sort_name) FROM account.account x
                 CROSS JOIN LATERAL (SELECT y.id, y.sort_name FROM account.account y WHERE y.id <> x.id ORDER BY y.sort_name <-> x.sort_name LIMIT 3) n
                 WHERE similarity(x.sort_name, n.sort_name) >= 0.7)
        SELECT a_id, b_id, (1 - exp(sum(ln(1 - w))))::real AS score, array_agg(reason) AS reasons FROM signals GROUP BY a_id, b_id`,
      portrait: [
        { key: 'legalName', filled: (a) => `${a}.legal_name IS NOT NULL` },
        { key: 'inn', filled: (a) => `${a}.inn IS NOT NULL` },
        { key: 'industry', filled: (a) => `${a}.industry IS NOT NULL` },
        { key: 'region', filled: (a) => `${a}.region IS NOT NULL` },
        { key: 'size', filled: (a) => `${a}.size IS NOT NULL` },
        { key: 'phones', filled: (a) => `cardinality(${a}.phone_numbers) > 0` },
        { key: 'emails', filled: (a) => `cardinality(${a}.email_addresses) > 0` },
        { key: 'addresses', filled: (a) => `${a}.addresses <> '[]'::jsonb` },
      ],
    });
    this.types.addRelation('contact', {
      key: 'accounts',
      label: 'Accounts',
      target: 'account',
      link: (o, i) => `EXISTS (SELECT 1 FROM account.account_contact l WHERE l.contact_id = ${o}.id AND l.account_id = ${i}.id)`,
    });
  }
}
