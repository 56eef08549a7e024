import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, APP_CONFIG, AppConfig, EventLog, FieldProblem, hiddenFields, requirePermission, ValidationError } from '@crm/core';
import { DataSource, EntityManager } from 'typeorm';
import { AccountService } from '../account/account.service';
import { AccountMetricValue, MetricSource } from './metric.entity';
import { RecordAccountMetricsInput } from './metric.inputs';

/** Monthly financial metrics of accounts: entered or imported, with their history in the event log. */
@Injectable()
export class MetricService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accounts: AccountService,
    private readonly events: EventLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Values of visible accounts, oldest month first; empty for roles that may not read metrics. */
  async listFor(actor: Actor, accountIds: readonly string[]): Promise<AccountMetricValue[]> {
    if (hiddenFields(actor, 'account').includes('metrics')) return [];
    return this.db
      .getRepository(AccountMetricValue)
      .createQueryBuilder('v')
      .where('v.account_id = ANY(:ids)', { ids: accountIds })
      .orderBy('v.metric')
      .addOrderBy('v.period')
      .getMany();
  }

  /** Sets (or with a null amount removes) monthly values, all in one transaction. */
  async record(actor: Actor, input: RecordAccountMetricsInput, source = MetricSource.MANUAL, tx?: EntityManager): Promise<AccountMetricValue[]> {
    requirePermission(actor, 'account.update');
    const currency = this.config.locale.reportingCurrency;
    const problems: FieldProblem[] = [];
    if (input.currency && input.currency !== currency) problems.push({ field: 'currency', message: `metrics are kept in the reporting currency ${currency}` });
    input.values.forEach((v, i) => {
      if (v.amount != null && !Number.isSafeInteger(v.amount)) problems.push({ field: `values.${i}.amount`, message: 'must be a whole amount in minor units (kopecks, cents)' });
      if (input.values.findIndex((w) => w.metric === v.metric && w.month === v.month) !== i) problems.push({ field: `values.${i}.month`, message: 'is given twice for this metric' });
    });
    if (problems.length) throw new ValidationError(problems);
    const work = async (m: EntityManager) => {
      if (hiddenFields(actor, 'account').includes('metrics') || !(await this.accounts.visibleQuery(actor, m).andWhere('a.id = :id', { id: input.accountId }).getExists())) {
        throw ValidationError.field('accountId', 'no such account');
      }
      const repo = m.getRepository(AccountMetricValue);
      const saved: AccountMetricValue[] = [];
      const changes: Record<string, { before: unknown; after: unknown }> = {};
      for (const v of input.values) {
        const period = `${v.month}-01`;
        const before = await repo.findOne({ where: { accountId: input.accountId, metric: v.metric, period } });
        if (v.amount == null) {
          if (before) await repo.delete({ id: before.id });
        } else {
          saved.push(await repo.save({ ...(before ?? {}), accountId: input.accountId, metric: v.metric, period, amount: v.amount, currency, source, recordedBy: actor.userId, recordedAt: new Date() }));
        }
        if ((before?.amount ?? null) !== (v.amount ?? null)) changes[`${v.metric}.${v.month}`] = { before: before?.amount ?? null, after: v.amount ?? null };
      }
      if (Object.keys(changes).length) {
        await this.events.append(m, actor, { type: 'account.metrics.recorded', entityType: 'account', entityId: input.accountId, subjectId: input.accountId, changes, data: { about: 'metrics', source, currency } });
      }
      return saved;
    };
    return tx ? work(tx) : this.db.transaction(work);
  }
}
