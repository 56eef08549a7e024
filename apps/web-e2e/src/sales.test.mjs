// A sales manager's day: note the plan-vs-actual and the funnel, create a deal with two line items
// (prices from the price list, one discounted), drag it across the Kanban board to won, and see
// the plan's actual and the funnel's won count move by exactly that deal. A deal without an amount
// cannot be won (the card goes back, the server's reason shown); a drop on Lost asks for the reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, parseCount, signIn } from './browser.mjs';
import { useJourney } from './journey.mjs';

const journey = useJourney();
const TIMEOUT = { timeout: 120_000 };

const TITLE = `Внедрение CRM для отдела закупок ${Date.now() % 100000}`;
// Demo prices after the rise 5 months ago: licence 12 960,00 ₽, training day 48 600,00 ₽.
// 3 × 12 960,00 + 1 × 48 600,00 − 10 % = 38 880,00 + 43 740,00 = 82 620,00 ₽.
const AMOUNT_MINOR = 82_620_00;
const before = {};

async function choose(page, testId, optionText, { type } = {}) {
  await page.getByTestId(testId).click();
  if (type) await page.keyboard.type(type);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: optionText }).first().click();
}

const inputOf = (page, testId) => page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

/** The funnel's "won" row (reached) and the plan's total actual, as numbers (minor units for money). */
async function readFigures(page) {
  await page.getByTestId('funnel-table').waitFor();
  await page.getByTestId('plan-table').waitFor();
  const wonRow = page.getByTestId('funnel-row-Выиграна');
  const won = parseCount(await wonRow.locator('td').nth(1).innerText());
  const total = page.locator('[data-testid^="plan-row-"]').last();
  const actual = parseCount(await total.locator('td').nth(2).innerText());
  return { won, actual };
}

async function columnCount(page, stage) {
  return parseCount(await page.getByTestId(`board-column-${stage}`).getByTestId('board-column-count').innerText());
}

test('a. the manager notes this year\'s funnel and plan vs actual', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    await signIn(page, journey.stack.baseUrl, 'manager@demo.crm');
    await page.getByTestId('nav-sales-analytics').click();
    // Charts come from a lazily loaded chunk; the funnel is drawn as SVG with its stage labels.
    await page.getByTestId('funnel-chart').locator('svg').getByText('Выиграна', { exact: false }).first().waitFor();
    Object.assign(before, await readFigures(page));
    assert.ok(before.won > 0, 'the demo data has won deals this year');
  }),
);

test('b. creates a deal with two line items priced from the price list', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    await page.getByTestId('nav-deals').click();
    await page.getByTestId('sales-board').waitFor();
    await page.getByRole('button', { name: 'Новая сделка' }).click();
    await page.getByTestId('deal-form').waitFor();
    await inputOf(page, 'title').fill(TITLE);
    await choose(page, 'accountId', 'Техносфера', { type: 'Техно' });
    await page.getByTestId('add-line').click();
    await choose(page, 'line-product-0', 'Лицензия CRM', { type: 'Лицензия' });
    await inputOf(page, 'line-quantity-0').fill('3');
    await page.getByTestId('add-line').click();
    await choose(page, 'line-product-1', 'Обучение пользователей', { type: 'Обучение' });
    await inputOf(page, 'line-quantity-1').fill('1');
    await inputOf(page, 'line-discount-1').fill('10');
    await page.getByTestId('save-deal').click();
    await page.getByTestId('deal-title').waitFor();
    assert.equal(await page.getByTestId('deal-title').innerText(), TITLE);
    await eventually(async () => assert.equal(parseCount(await page.getByTestId('deal-amount').innerText()), AMOUNT_MINOR));
  }),
);

test('c. drags the deal across the board to won; the columns count it where it lands', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    await page.getByTestId('nav-deals').click();
    const card = page.getByTestId(`deal-card-${TITLE}`);
    await card.waitFor();
    const negotiating = await columnCount(page, 'Переговоры');
    const won = await columnCount(page, 'Выиграна');
    await card.dragTo(page.getByTestId('board-column-Переговоры'));
    await eventually(async () => assert.equal(await columnCount(page, 'Переговоры'), negotiating + 1));
    await page.getByTestId('board-column-Переговоры').getByTestId(`deal-card-${TITLE}`).waitFor();
    // Bring the won column into view first: a drag does not survive the board scrolling under it.
    await page.getByTestId('board-column-Выиграна').scrollIntoViewIfNeeded();
    await page.getByTestId(`deal-card-${TITLE}`).dragTo(page.getByTestId('board-column-Выиграна'));
    await eventually(async () => assert.equal(await columnCount(page, 'Выиграна'), won + 1));
    await eventually(async () => assert.equal(await columnCount(page, 'Переговоры'), negotiating));
    const landed = page.getByTestId('board-column-Выиграна').getByTestId(`deal-card-${TITLE}`);
    await landed.waitFor();
    assert.equal(await landed.getAttribute('data-status'), 'WON');
    // A won deal stays put: it is not draggable back into an open stage.
    assert.notEqual(await landed.getAttribute('draggable'), 'true');
  }),
);

test('d. plan vs actual and the funnel now include the won deal', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    await page.getByTestId('nav-sales-analytics').click();
    await eventually(async () => {
      const after = await readFigures(page);
      assert.deepEqual({ won: after.won - before.won, actual: after.actual - before.actual }, { won: 1, actual: AMOUNT_MINOR });
    });
  }),
);

const EMPTY = `Пилот без суммы ${Date.now() % 100000}`;

test('e. a deal without an amount cannot be won: the card goes back and the server says why', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    await page.getByTestId('nav-deals').click();
    await page.getByTestId('new-deal').click();
    await inputOf(page, 'title').fill(EMPTY);
    await choose(page, 'accountId', 'Вектор', { type: 'Вектор' });
    await page.getByTestId('save-deal').click();
    await page.getByTestId('deal-title').waitFor();
    await page.getByTestId('nav-deals').click();
    const card = page.getByTestId(`deal-card-${EMPTY}`);
    await card.waitFor();
    await card.dragTo(page.getByTestId('board-column-Переговоры'));
    await page.getByTestId('board-column-Переговоры').getByTestId(`deal-card-${EMPTY}`).waitFor();
    const negotiating = await columnCount(page, 'Переговоры');
    const won = await columnCount(page, 'Выиграна');
    await page.getByTestId('board-column-Выиграна').scrollIntoViewIfNeeded();
    await page.getByTestId(`deal-card-${EMPTY}`).dragTo(page.getByTestId('board-column-Выиграна'));
    const refusal = page.getByTestId('board-move-error');
    await refusal.waitFor();
    assert.match(await refusal.innerText(), /сумм/i);
    await page.getByTestId('board-column-Переговоры').getByTestId(`deal-card-${EMPTY}`).waitFor();
    assert.deepEqual([await columnCount(page, 'Переговоры'), await columnCount(page, 'Выиграна')], [negotiating, won]);
  }),
);

test('f. dropping it on Lost asks for the reason, then the deal is lost', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    const lost = await columnCount(page, 'Проиграна');
    await page.getByTestId(`deal-card-${EMPTY}`).dragTo(page.getByTestId('board-column-Проиграна'));
    await page.getByTestId('loss-reason-modal').waitFor();
    await choose(page, 'loss-reason-select', 'Нет бюджета');
    await page.getByTestId('loss-note').fill('Бюджет перенесли на следующий год');
    await page.getByTestId('loss-reason-submit').click();
    await eventually(async () => assert.equal(await columnCount(page, 'Проиграна'), lost + 1));
    await page.getByTestId('board-column-Проиграна').getByTestId(`deal-card-${EMPTY}`).waitFor();
  }),
);
