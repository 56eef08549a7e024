import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, APP_CONFIG, AppConfig, Clock, isValidLocalDate, JobQueue, localDate, NotFoundError, OnJob, requirePermission, requireUuid, ValidationError } from '@crm/core';
import { DataSource, EntityManager } from 'typeorm';
import { ExchangeRate } from './exchange-rate.entity';
import { isKnownCurrency, minorFactor, toScaled } from './money.rules';

/**
 * The minor factor of `currencyExpr` on `dayExpr`: the latest rate not after the day, else the
 * earliest one (a deal dated before the first rate still gets a figure). One SQL expression so
 * a single deal and a bulk reprice agree.
 */
export function factorSql(currencyExpr: string, dayExpr: string): string {
  return `COALESCE(
    (SELECT r.minor_factor FROM sales.exchange_rate r WHERE r.currency = ${currencyExpr} AND r.valid_on <= ${dayExpr} ORDER BY r.valid_on DESC LIMIT 1),
    (SELECT r.minor_factor FROM sales.exchange_rate r WHERE r.currency = ${currencyExpr} ORDER BY r.valid_on LIMIT 1))`;
}

/** Dated exchange rates into the reporting currency (SAL-1); every report sums in that currency. */
@Injectable()
export class ExchangeRateService {
  private readonly logger = new Logger(ExchangeRateService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  today(): string {
    return localDate(this.clock.now(), this.config.locale.timezone);
  }

  get reportingCurrency(): string {
    return this.config.locale.reportingCurrency;
  }

  list(actor: Actor, currency?: string | null): Promise<ExchangeRate[]> {
    requirePermission(actor, 'product.read');
    return this.db.getRepository(ExchangeRate).find({ where: currency ? { currency } : {}, order: { currency: 'ASC', validOn: 'DESC' }, take: 1000 });
  }

  /** Sets the rate of a currency from a day on (replacing that day's rate) and reprices its deals. */
  async set(actor: Actor, input: { currency: string; validOn: string; rate: number }): Promise<ExchangeRate> {
    requirePermission(actor, 'product.manage');
    const problems = [];
    if (!isKnownCurrency(input.currency)) problems.push({ field: 'currency', message: 'is not an ISO 4217 currency code' });
    else if (input.currency === this.reportingCurrency) problems.push({ field: 'currency', message: `is the reporting currency; its rate is always 1` });
    if (!isValidLocalDate(input.validOn)) problems.push({ field: 'validOn', message: 'must be a real date written as YYYY-MM-DD' });
    const scaled = toScaled(input.rate, 10);
    if (scaled === null || scaled <= 0n) problems.push({ field: 'rate', message: 'must be a positive number with at most 10 decimals' });
    if (problems.length) throw new ValidationError(problems);
    const rate = await this.db.transaction(async (m) => {
      await m.query(
        `INSERT INTO sales.exchange_rate (currency, valid_on, rate, minor_factor) VALUES ($1, $2, $3, $4)
         ON CONFLICT (currency, valid_on) DO UPDATE SET rate = EXCLUDED.rate, minor_factor = EXCLUDED.minor_factor`,
        [input.currency, input.validOn, String(input.rate), minorFactor(input.rate, input.currency, this.reportingCurrency)],
      );
      return m.getRepository(ExchangeRate).findOneByOrFail({ currency: input.currency, validOn: input.validOn });
    });
    await this.planReprice(input.currency);
    return rate;
  }

  async delete(actor: Actor, id: string): Promise<string> {
    requirePermission(actor, 'product.manage');
    const rate = await this.db.getRepository(ExchangeRate).findOneBy({ id: requireUuid(id, 'ExchangeRate') });
    if (!rate) throw new NotFoundError('ExchangeRate');
    await this.db.getRepository(ExchangeRate).delete({ id });
    await this.planReprice(rate.currency);
    return id;
  }

  /** Whether amounts in `currency` can be converted (the reporting currency always can). */
  async convertible(m: EntityManager, currency: string): Promise<boolean> {
    return currency === this.reportingCurrency || (await m.getRepository(ExchangeRate).existsBy({ currency }));
  }

  /** An amount in the reporting currency at the rate of `day` (today when null). */
  async toBase(m: EntityManager, amount: number, currency: string, day: string | null): Promise<number> {
    if (currency === this.reportingCurrency) return amount;
    const [row] = await m.query(`SELECT round($1::numeric * ${factorSql('$2', '$3::date')})::bigint AS base`, [amount, currency, day ?? this.today()]);
    return row?.base == null ? 0 : Number(row.base);
  }

  private async planReprice(currency: string) {
    await this.jobs
      .enqueue('sales.deals.reprice', { currency }, { jobId: `reprice-${currency}-${Date.now()}` })
      .catch((e: Error) => this.logger.warn({ currency, err: e.message }, 'reprice not enqueued; run it again by saving the rate'));
  }

  /** Recomputes base amounts of the currency's deals, in one statement. */
  @OnJob('sales.deals.reprice')
  async reprice({ currency }: { currency: string }): Promise<void> {
    if (currency === this.reportingCurrency) return;
    await this.db.query(
      `UPDATE sales.deal d SET amount_base = COALESCE(round(d.amount * ${factorSql('d.currency', 'COALESCE(d.closed_on, d.expected_close_on, current_date)')})::bigint, 0)
       WHERE d.currency = $1`,
      [currency],
    );
  }
}
