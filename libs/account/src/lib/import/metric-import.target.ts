import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { Actor, APP_CONFIG, AppConfig, fractionDigits, parseCustomerCode, parseDecimal, ValidationError } from '@crm/core';
import { headerKey, ImportOutcome, ImportTargets } from '@crm/contact';
import { EntityManager } from 'typeorm';
import { AccountService } from '../account/account.service';
import { AccountMetric, MetricSource } from '../metric/metric.entity';
import { MetricService } from '../metric/metric.service';
import { checkInn } from '../requisites/requisites.rules';

const FIELDS = ['account', 'month', 'turnover', 'averageBalance', 'orderVolume'] as const;
type MetricImportField = (typeof FIELDS)[number];

const METRIC_OF: Record<'turnover' | 'averageBalance' | 'orderVolume', AccountMetric> = {
  turnover: AccountMetric.TURNOVER,
  averageBalance: AccountMetric.AVERAGE_BALANCE,
  orderVolume: AccountMetric.ORDER_VOLUME,
};

const HEADER_NAMES: Record<MetricImportField, string[]> = {
  account: ['Account', 'Customer', 'Customer Code', 'Code', 'INN', 'ID', 'Клиент', 'Контрагент', 'Код клиента', 'ИНН', 'Код'],
  month: ['Month', 'Period', 'Date', 'Месяц', 'Период', 'Дата'],
  turnover: ['Turnover', 'Revenue', 'Оборот', 'Оборот за месяц', 'Выручка'],
  averageBalance: ['Average Balance', 'Average Monthly Balance', 'Средний остаток', 'Среднемесячный остаток'],
  orderVolume: ['Order Volume', 'Orders', 'Sales', 'Объём заказов', 'Объем заказов', 'Продажи'],
};
const FIELD_BY_HEADER_KEY = new Map(FIELDS.flatMap((field) => HEADER_NAMES[field].map((name) => [headerKey(name), field] as const)));

/** "2025-03", "2025-03-31", "03.2025", "31.03.2025" → "2025-03". */
export function monthOf(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/.exec(text.trim());
  const dotted = /^(?:\d{1,2}\.)?(\d{1,2})\.(\d{4})$/.exec(text.trim());
  const [year, month] = iso ? [Number(iso[1]), Number(iso[2])] : dotted ? [Number(dotted[2]), Number(dotted[1])] : [0, 0];
  return month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, '0')}` : null;
}

/**
 * Monthly financial metrics from a spreadsheet (ACC-3): one row per account and month, a column
 * per metric. The account is found by customer code, INN or the external id of an earlier
 * import; a month already recorded is corrected, with the old value kept in the event log.
 */
@Injectable()
export class MetricImportTarget implements OnModuleInit {
  constructor(
    private readonly targets: ImportTargets,
    private readonly accounts: AccountService,
    private readonly metrics: MetricService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    this.targets.register({
      entityType: 'account_metric',
      permission: 'account.import',
      fields: FIELDS,
      identifying: { fields: ['account'], message: 'map the account column (customer code, INN or external id)' },
      suggestField: (header) => FIELD_BY_HEADER_KEY.get(headerKey(header)) ?? null,
      importBatch: async (actor, m, records, row) => {
        const outcomes: ImportOutcome[] = [];
        for (const record of records) {
          const cells: Partial<Record<MetricImportField, string>> = {};
          for (const { column, field } of row.mapping ?? []) cells[field as MetricImportField] ??= record.values[column]?.trim() || undefined;
          outcomes.push(await this.importRow(actor, m, cells));
        }
        return outcomes;
      },
    });
  }

  private async importRow(actor: Actor, m: EntityManager, cells: Partial<Record<MetricImportField, string>>): Promise<ImportOutcome> {
    const problems: { field: string; reason: string }[] = [];
    const month = cells.month ? monthOf(cells.month) : null;
    if (!month) problems.push({ field: 'month', reason: cells.month ? `"${cells.month}" is not a month (2025-03 or 03.2025)` : 'is empty' });
    const scale = 10 ** fractionDigits(this.config.locale.reportingCurrency);
    const values: { metric: AccountMetric; month: string; amount: number }[] = [];
    for (const field of Object.keys(METRIC_OF) as (keyof typeof METRIC_OF)[]) {
      if (!cells[field]) continue;
      const amount = Math.round(parseDecimal(cells[field]!) * scale);
      if (Number.isSafeInteger(amount)) values.push({ metric: METRIC_OF[field], month: month ?? '', amount });
      else problems.push({ field, reason: `"${cells[field]}" is not an amount` });
    }
    if (!values.length && !problems.length) problems.push({ field: 'row', reason: 'no metric value in this row' });
    const account = cells.account ? await this.findAccount(actor, m, cells.account) : null;
    if (!account) problems.push({ field: 'account', reason: cells.account ? `no account with code, INN or id "${cells.account}"` : 'is empty' });
    if (problems.length) return { kind: 'rejected', problems };
    const known = await m.query('SELECT count(*)::int AS n FROM account.metric_value WHERE account_id = $1 AND period = $2', [account!.id, `${month}-01`]);
    try {
      await this.metrics.record(actor, { accountId: account!.id, values }, MetricSource.IMPORT, m);
    } catch (e) {
      if (e instanceof ValidationError) return { kind: 'rejected', problems: e.fields.map((f) => ({ field: f.field, reason: f.message })) };
      throw e;
    }
    return { kind: known[0].n ? 'updated' : 'created' };
  }

  /** By customer code, else INN, else the external id of an earlier import (a number can look like either). */
  private async findAccount(actor: Actor, m: EntityManager, text: string) {
    const code = parseCustomerCode(text);
    // A spreadsheet may have dropped an INN's leading zero (regions 01–09).
    const inn = [text, `0${text}`].map(checkInn).find((c) => c.ok);
    const tries: [string, Record<string, unknown>][] = [
      ...(code ? [['a.code = :code', { code }] as [string, Record<string, unknown>]] : []),
      ...(inn?.ok ? [['a.inn = :inn', { inn: inn.value }] as [string, Record<string, unknown>]] : []),
      ['EXISTS (SELECT 1 FROM account.external_id x WHERE x.account_id = a.id AND x.external_id = :externalId)', { externalId: text }],
    ];
    for (const [sql, params] of tries) {
      const account = await this.accounts.visibleQuery(actor, m).andWhere(sql, params).orderBy('a.created_at').getOne();
      if (account) return account;
    }
    return null;
  }

}
