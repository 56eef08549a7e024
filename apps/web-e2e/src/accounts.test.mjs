// The customer portrait journey of an admin: define a custom field on accounts, create an account
// with that field and valid requisites (a wrong INN is refused at the INN field first), then build
// a segment on the custom field, watching its live count follow the condition, save it and open
// its members in the account list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, parseCount, signIn } from './browser.mjs';
import { useJourney } from './journey.mjs';

const journey = useJourney();
const TIMEOUT = { timeout: 120_000 };

const FIELD = { label: 'Серверов в ЦОД', key: 'serverov_v_tsod' };
// Sberbank's public requisites; the INN's last digit is changed first to see the checksum refused.
const ACCOUNT = {
  name: 'Сбербанк',
  legalName: 'ПАО Сбербанк',
  wrongInn: '7707083894',
  inn: '7707083893',
  kpp: '773601001',
  ogrn: '1027700132195',
  servers: '120',
};
const SEGMENT = 'ИТ-ёмкие организации';
let accountUrl = null;
let segmentUrl = null;

/** The antd form item around an input: its error text is what the user reads under the input. */
const formItemOf = (page, testId) => page.locator('.ant-form-item', { has: page.getByTestId(testId) }).last();

/** antd puts some test ids on the input itself and some on a wrapper around it. */
const inputOf = (page, testId) => page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

/** Opens an antd Select, optionally types to filter its (virtual) list, and picks an option. */
async function choose(page, testId, optionText, { type } = {}) {
  await page.getByTestId(testId).click();
  if (type) await page.keyboard.type(type);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: optionText }).first().click();
}

async function readAccountsTotal(page) {
  const total = page.getByTestId('accounts-total');
  await total.waitFor();
  return parseCount(await total.innerText());
}

async function readLiveCount(page) {
  return Number((await page.getByTestId('live-count').innerText()).replace(/\D/g, ''));
}

test('a. an admin adds a number field "servers in the data centre" to the account portrait', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    await signIn(page, journey.stack.baseUrl, 'admin@demo.crm');
    await page.getByTestId('nav-custom-fields').click();
    await page.getByTestId('custom-fields-entity').getByText('Организации').click();
    await eventually(async () => assert.equal(new URL(page.url()).searchParams.get('entity'), 'account'));

    await page.getByTestId('new-custom-field').click();
    await page.getByTestId('custom-field-label').fill(FIELD.label);
    // The key is suggested from the label, in Latin letters.
    await eventually(async () => assert.equal(await page.getByTestId('custom-field-key').inputValue(), FIELD.key));
    await choose(page, 'custom-field-type', 'Число');
    await page.getByTestId('save-custom-field').click();

    const row = page.getByTestId(`custom-field-row-${FIELD.key}`);
    await row.waitFor();
    assert.match(await row.innerText(), /Число/);
  }),
);

test('b. creating an account: a wrong INN is refused at the INN field, then the account is saved with its portrait', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    await page.getByTestId('nav-accounts').click();
    await readAccountsTotal(page);
    await page.getByTestId('new-account').click();
    await page.getByTestId('account-form').waitFor();
    await page.getByTestId('name').fill(ACCOUNT.name);
    await page.getByTestId('legalName').fill(ACCOUNT.legalName);
    await page.getByTestId('inn').fill(ACCOUNT.wrongInn);
    await page.getByTestId('kpp').fill(ACCOUNT.kpp);
    await page.getByTestId('ogrn').fill(ACCOUNT.ogrn);
    await inputOf(page, `custom-${FIELD.key}`).fill(ACCOUNT.servers);
    await page.getByTestId('save-account').click();

    // The server checks the INN's check digit; its message appears under the INN input.
    const innItem = formItemOf(page, 'inn');
    const innError = innItem.locator('.ant-form-item-explain-error');
    await innError.first().waitFor();
    assert.match(await innError.first().innerText(), /check digit/i);
    assert.ok((await innItem.getAttribute('class')).includes('ant-form-item-has-error'));
    for (const other of ['name', 'kpp', 'ogrn']) {
      assert.equal(await formItemOf(page, other).locator('.ant-form-item-explain-error').count(), 0, `no error at ${other}`);
    }
    assert.equal(new URL(page.url()).pathname, '/accounts/new', 'still on the form');

    await page.getByTestId('inn').fill(ACCOUNT.inn);
    await page.getByTestId('save-account').click();
    await page.getByTestId('account-code').waitFor();
    assert.match(new URL(page.url()).pathname, /^\/accounts\/[0-9a-f-]{36}$/);
    accountUrl = page.url();

    assert.match(await page.getByTestId('account-code').innerText(), /^C-\d{7}-\d$/, 'one customer code for people and organisations');
    assert.equal(await page.getByTestId('account-name').innerText(), ACCOUNT.name);
    const requisites = await page.getByTestId('account-requisites').innerText();
    for (const value of [ACCOUNT.inn, ACCOUNT.kpp, ACCOUNT.ogrn]) assert.ok(requisites.includes(value), `requisites show ${value}: ${requisites}`);
    assert.equal((await page.getByTestId(`custom-value-${FIELD.key}`).innerText()).trim(), ACCOUNT.servers);
    const completeness = parseCount(await page.getByTestId('completeness').innerText());
    assert.ok(completeness > 0 && completeness < 100, `the portrait is partly filled: ${completeness}%`);
  }),
);

test('c. a segment on the custom field: the live count follows the condition, and the segment is saved', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    assert.ok(accountUrl, 'needs the account created in b');
    await page.getByTestId('nav-segments').click();
    await page.getByTestId('new-segment').click();
    await page.getByTestId('segment-form').waitFor();
    await page.getByTestId('segment-entity').getByText('Организации').click();
    await eventually(async () => assert.equal(new URL(page.url()).searchParams.get('entity'), 'account'));
    await page.getByTestId('segment-name').fill(SEGMENT);

    // The first (empty) condition: custom field → "at least" → 100.
    await choose(page, 'criteria-field', FIELD.label, { type: 'Серверов' });
    await choose(page, 'criteria-op', 'не меньше');
    const value = inputOf(page, 'criteria-value');
    await value.fill('100');
    await eventually(async () => assert.equal(await readLiveCount(page), 1, 'the new account has 120 servers'));

    await value.fill('1000');
    await eventually(async () => assert.equal(await readLiveCount(page), 0, 'nobody has 1000'));

    await value.fill('100');
    await eventually(async () => assert.equal(await readLiveCount(page), 1));

    await page.getByTestId('save-segment').click();
    await page.getByTestId('segment-title').waitFor();
    assert.match(new URL(page.url()).pathname, /^\/segments\/[0-9a-f-]{36}$/);
    segmentUrl = page.url();
    assert.equal(await page.getByTestId('segment-title').innerText(), SEGMENT);
  }),
);

test('d. the segment\'s members open as the account list filtered by the segment', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    assert.ok(segmentUrl, 'needs the segment saved in c');
    if (page.url() !== segmentUrl) await page.goto(segmentUrl);
    await page.getByTestId('segment-members').click();
    await eventually(async () => assert.ok(new URL(page.url()).searchParams.get('segment'), 'the list is filtered by the segment'));
    await eventually(async () => assert.match(await page.getByTestId('filter-segment').innerText(), new RegExp(SEGMENT), 'the filter names the segment'));
    await eventually(async () => assert.equal(await readAccountsTotal(page), 1));
    const rows = await page.getByTestId('account-row').allInnerTexts();
    assert.equal(rows.length, 1);
    assert.match(rows[0], new RegExp(ACCOUNT.name));
    assert.ok(rows[0].includes(ACCOUNT.inn), `the row shows the INN: ${rows[0]}`);
  }),
);
