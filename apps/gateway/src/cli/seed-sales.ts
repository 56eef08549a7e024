import { INestApplicationContext } from '@nestjs/common';
import { Clock, SYSTEM_ACTOR, User } from '@crm/core';
import { Account } from '@crm/account';
import { Contact } from '@crm/contact';
import {
  addDays, addMonths, Deal, DealService, ExchangeRateService, ForecastCategory, PipelineService, PlanPeriod, PlanService, PlanSubject, Product, ProductService,
  ProductTrendService, StageKind,
} from '@crm/sales';
import { readCsv } from './seed-accounts';

const system = SYSTEM_ACTOR;
const USD_RATE = 90;

const SERVICES = [
  { sku: 'CRM-LIC-Y', name: 'Лицензия CRM, 1 пользователь на год', unit: 'лиц.', price: 12_000_00 },
  { sku: 'CRM-IMPL', name: 'Внедрение CRM', unit: 'ч', price: 3_500_00 },
  { sku: 'CRM-TRAIN', name: 'Обучение пользователей', unit: 'день', price: 45_000_00 },
  { sku: 'CRM-SUPPORT', name: 'Техническая поддержка, месяц', unit: 'мес.', price: 25_000_00 },
  { sku: 'CRM-INTEG', name: 'Интеграция с 1С', unit: 'проект', price: 180_000_00 },
];
const LOSS_REASONS = ['Цена выше, чем у конкурента', 'Выбрали конкурента', 'Нет бюджета', 'Проект отложен', 'Не вышли на ЛПР'];
const SOURCES = ['Сайт', 'Рекомендация', 'Выставка', 'Холодный звонок', 'Партнёр'];

/**
 * Sales demo data: the Northwind catalogue and its last year of orders as won wholesale deals
 * (dates moved to end last month, as the order volumes are), a year of Russian project deals
 * through a six-stage pipeline, exchange rates, plans for every manager, the team and the
 * department. Deals are made through the real services on a moving clock, so stage history,
 * events and the funnel look as they would after a year of work.
 */
export async function seedSales(
  app: INestApplicationContext, users: User[], accounts: Account[], northwind: Map<string, Account>, contacts: Contact[], random: () => number,
): Promise<{ deals: number }> {
  const clock = app.get(Clock);
  // The seed replays a year: services read "now" from the clock, so history gets real dates.
  const at = (day: string, hour = 10) => Object.assign(clock, { now: () => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`) });
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const products = app.get(ProductService);
  const pipelines = app.get(PipelineService);
  const deals = app.get(DealService);
  const today = new Date().toISOString().slice(0, 10);
  const lastMonth = addMonths(`${today.slice(0, 7)}-01`, -1);
  const yearAgo = addMonths(lastMonth, -11);

  const rates = app.get(ExchangeRateService);
  await rates.set(system, { currency: 'USD', validOn: addMonths(yearAgo, -1), rate: USD_RATE });
  await rates.set(system, { currency: 'EUR', validOn: addMonths(yearAgo, -1), rate: 98.5 });
  await rates.set(system, { currency: 'USD', validOn: addMonths(lastMonth, -2), rate: 92.4 });

  // Catalogue: Northwind's products in USD, our own services in RUB.
  const rub = await products.savePriceList(system, { name: 'Прайс-лист RUB', currency: 'RUB' });
  const usd = await products.savePriceList(system, { name: 'Northwind USD', currency: 'USD' });
  const categories = new Map<string, string>();
  const category = async (name: string) => {
    if (!categories.has(name)) categories.set(name, (await products.saveCategory(system, { name })).id);
    return categories.get(name)!;
  };
  const byNorthwindId = new Map<string, Product>();
  const northwindProducts = readCsv('northwind/products.csv');
  for (const p of northwindProducts) {
    const product = await products.create(system, { sku: `NW-${p.product_id.padStart(3, '0')}`, name: p.product_name, unit: p.quantity_per_unit.slice(0, 20), categoryId: await category(p.category) });
    await products.setPrice(system, { priceListId: usd.id, productId: product.id, validFrom: addMonths(yearAgo, -1), unitPrice: Math.round(Number(p.unit_price) * 100) });
    byNorthwindId.set(p.product_id, product);
  }
  const services: Product[] = [];
  for (const s of SERVICES) {
    const product = await products.create(system, { sku: s.sku, name: s.name, unit: s.unit, categoryId: await category('Услуги и лицензии') });
    await products.setPrice(system, { priceListId: rub.id, productId: product.id, validFrom: addMonths(yearAgo, -1), unitPrice: s.price });
    // A price rise half a year ago.
    await products.setPrice(system, { priceListId: rub.id, productId: product.id, validFrom: addMonths(lastMonth, -5), unitPrice: Math.round(s.price * 1.08) });
    services.push(product);
  }

  // Two pipelines and the loss reasons.
  const projects = await pipelines.save(system, {
    name: 'Проекты внедрения', isDefault: true,
    stages: [
      { name: 'Квалификация', kind: StageKind.OPEN, probability: 10 },
      { name: 'Потребность выявлена', kind: StageKind.OPEN, probability: 25 },
      { name: 'КП отправлено', kind: StageKind.OPEN, probability: 50, forecastCategory: ForecastCategory.BEST_CASE },
      { name: 'Переговоры', kind: StageKind.OPEN, probability: 75, forecastCategory: ForecastCategory.COMMIT },
      { name: 'Выиграна', kind: StageKind.WON },
      { name: 'Проиграна', kind: StageKind.LOST },
    ],
  });
  const wholesale = await pipelines.save(system, {
    name: 'Оптовые поставки (Northwind)',
    stages: [
      { name: 'Заказ получен', kind: StageKind.OPEN, probability: 30 },
      { name: 'Счёт выставлен', kind: StageKind.OPEN, probability: 70, forecastCategory: ForecastCategory.BEST_CASE },
      { name: 'Оплата подтверждена', kind: StageKind.OPEN, probability: 90, forecastCategory: ForecastCategory.COMMIT },
      { name: 'Отгружено', kind: StageKind.WON },
      { name: 'Отменено', kind: StageKind.LOST },
    ],
  });
  const reasons = [];
  for (const name of LOSS_REASONS) reasons.push(await pipelines.saveLossReason(system, { name }));
  const stagesOf = async (pipelineId: string) => (await pipelines.stagesOf([pipelineId])).filter((s) => !s.archived);
  const projectStages = await stagesOf(projects.id);
  const wholesaleStages = await stagesOf(wholesale.id);
  let count = 0;
  const move = async (deal: Deal, stageId: string, day: string, extra: { lossReasonId?: string } = {}) => {
    at(day, 11 + Math.floor(random() * 6));
    return deals.move(system, { id: deal.id, expectedVersion: deal.version, stageId, ...extra });
  };

  // Northwind's last year of orders: received → invoiced → shipped (won), the unshipped still open.
  const details = readCsv('northwind/order_details.csv');
  for (const order of readCsv('northwind/orders.csv')) {
    const account = northwind.get(order.customer_id);
    if (!account) continue;
    const ordered = shiftDay(order.order_date, lastMonth);
    at(ordered, 9);
    const lines = details.filter((d) => d.order_id === order.order_id).map((d) => ({
      productId: byNorthwindId.get(d.product_id)!.id, quantity: Number(d.quantity), unitPrice: Math.round(Number(d.unit_price) * 100), discountPercent: Math.round(Number(d.discount) * 100),
    }));
    let deal = await deals.create(system, {
      title: `Northwind order ${order.order_id}`, accountId: account.id, ownerId: account.ownerId, pipelineId: wholesale.id, currency: 'USD', lines,
      expectedCloseOn: order.shipped_date ? shiftDay(order.shipped_date, lastMonth) : addDays(today, 10 + Math.floor(random() * 30)), source: 'Northwind',
    });
    deal = await move(deal, wholesaleStages[1].id, addDays(ordered, 1));
    // Clamping days to the 28th can put the shipment before the invoice; it never is.
    if (order.shipped_date) await move(deal, wholesaleStages[3].id, [shiftDay(order.shipped_date, lastMonth), addDays(ordered, 1)].sort()[1]);
    else if (random() < 0.5) await move(deal, wholesaleStages[2].id, addDays(ordered, 3));
    count++;
  }

  // A year of Russian project deals: about a third won, a quarter lost, the rest still open.
  const russian = accounts.filter((a) => a.legalName && !a.kinds.includes('PARTNER' as never));
  const sellers = users.filter((u) => u.role === 'sales_manager' || u.email === 'rep@demo.crm');
  for (let i = 0; i < 160; i++) {
    const account = russian[i % russian.length];
    const owner = sellers[i % sellers.length];
    const created = addDays(yearAgo, Math.floor(random() * 360));
    const people = contacts.filter((c) => c.company === account.legalName).slice(0, 2);
    const bundle = [services[0], pick(services.slice(1))];
    at(created, 9);
    let deal = await deals.create(system, {
      title: `${pick(['Внедрение CRM', 'Расширение лицензий', 'Интеграция с 1С', 'Обучение отдела продаж', 'Годовая поддержка'])} — ${account.name}`,
      accountId: account.id, ownerId: owner.id, pipelineId: projects.id, source: pick(SOURCES),
      contacts: people.map((c, n) => ({ contactId: c.id, role: n === 0 ? 'ЛПР' : 'Пользователь', isPrimary: n === 0 })),
      lines: bundle.map((p) => ({ productId: p.id, quantity: 1 + Math.floor(random() * (p === services[0] ? 40 : 8)), discountPercent: pick([0, 0, 5, 10]) })),
      expectedCloseOn: addDays(created, 30 + Math.floor(random() * 90)),
    });
    const fate = random();
    const depth = Math.floor(random() * 4);
    let day = created;
    for (let s = 1; s <= depth && day < today; s++) {
      day = addDays(day, 3 + Math.floor(random() * 20));
      if (day >= today) break;
      deal = await move(deal, projectStages[s].id, day);
    }
    const closeDay = addDays(day, 5 + Math.floor(random() * 25));
    if (closeDay < today && fate < 0.35) await move(deal, projectStages[4].id, closeDay);
    else if (closeDay < today && fate < 0.6) await move(deal, projectStages[5].id, closeDay, { lossReasonId: pick(reasons).id });
    else if (deal.expectedCloseOn! < today) {
      // Still open: a rep would have moved the expected close into the coming weeks.
      at(today);
      await deals.update(system, { id: deal.id, expectedVersion: deal.version, expectedCloseOn: addDays(today, 7 + Math.floor(random() * 80)) });
    }
    count++;
  }
  Object.assign(clock, { now: () => new Date() });
  // Discontinued products were still sold in the orders above; from now on they are not.
  for (const p of northwindProducts.filter((row) => row.discontinued === '1')) {
    const product = byNorthwindId.get(p.product_id)!;
    await products.update(system, { id: product.id, expectedVersion: product.version, active: false });
  }

  // Plans: each seller's monthly target near their pace; the team's quarters and the department's
  // year add up their members' months.
  const plans = app.get(PlanService);
  const won = async (ownerId: string, from: string, to: string) =>
    Number((await deals.visibleQuery(system).select('COALESCE(sum(d.amount_base), 0)', 's').andWhere(`d.status = 'WON' AND d.owner_id = :o AND d.closed_on BETWEEN :f AND :t`, { o: ownerId, f: from, t: to }).getRawOne())!.s);
  const round = (n: number) => Math.max(100_000_00, Math.round(n / 100_000_00) * 100_000_00);
  const targets: { teamId: string | null; month: string; amount: number }[] = [];
  for (const seller of [...sellers, users.find((u) => u.email === 'rep2@demo.crm')!]) {
    const pace = (await won(seller.id, yearAgo, addDays(`${today.slice(0, 7)}-01`, -1))) / 12;
    for (let m = 0; m < 15; m++) {
      const target = { teamId: seller.teamId, month: addMonths(yearAgo, m), amount: round(pace * (0.9 + random() * 0.4)) };
      targets.push(target);
      await plans.save(system, { subject: PlanSubject.USER, userId: seller.id, period: PlanPeriod.MONTH, periodStart: target.month, targetAmount: target.amount });
    }
  }
  const sum = (keep: (t: (typeof targets)[number]) => boolean) => targets.filter(keep).reduce((s, t) => s + t.amount, 0);
  const year = `${today.slice(0, 4)}-01-01`;
  const team = sellers.find((u) => u.teamId)?.teamId;
  for (let q = 0; q < 4 && team; q++) {
    const start = addMonths(year, q * 3);
    const months = [start, addMonths(start, 1), addMonths(start, 2)];
    await plans.save(system, { subject: PlanSubject.TEAM, teamId: team, period: PlanPeriod.QUARTER, periodStart: start, targetAmount: sum((t) => t.teamId === team && months.includes(t.month)) });
  }
  await plans.save(system, { subject: PlanSubject.DEPARTMENT, period: PlanPeriod.YEAR, periodStart: year, targetAmount: sum((t) => t.month.startsWith(year.slice(0, 4))) });
  await plans.save(system, { subject: PlanSubject.DEPARTMENT, productId: services[0].id, period: PlanPeriod.YEAR, periodStart: year, targetUnits: 1500 });
  await app.get(ProductTrendService).refresh({});
  return { deals: count };
}

/** A Northwind day (1997-06…1998-05) moved so that May 1998 is last month; days past the 28th are clamped. */
function shiftDay(day: string, lastMonth: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const monthsBeforeEnd = (1998 - y) * 12 + (5 - m);
  return addMonths(lastMonth, -monthsBeforeEnd).slice(0, 8) + String(Math.min(d, 28)).padStart(2, '0');
}
