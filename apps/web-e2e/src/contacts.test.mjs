// The core contact journey of an admin: sign in and see the list, create a contact (the server's
// phone validation shown at the phone field), find it by name and by a differently typed phone,
// edit it and read the change on the Timeline tab.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { digits, eventually, readTotal, signIn } from './browser.mjs';
import { useJourney } from './journey.mjs';

const journey = useJourney();
const TIMEOUT = { timeout: 120_000 };

const CONTACT = {
  lastName: 'Проверкина',
  firstName: 'Таисия',
  middleName: 'Игоревна',
  position: 'Менеджер по закупкам',
  newPosition: 'Директор по развитию',
  phone: '8 (916) 555-12-34',
  e164Digits: '79165551234',
};
const FULL_NAME = new RegExp(`${CONTACT.lastName}.*${CONTACT.firstName}|${CONTACT.firstName}.*${CONTACT.lastName}`);
let contactUrl = null;

/** The antd form item around an input: its error text is what the user reads under the input. */
const formItemOf = (page, testId) => page.locator('.ant-form-item', { has: page.getByTestId(testId) }).last();

/** Types into the list search and waits until the (debounced) search is in the URL. */
async function searchList(page, text) {
  const search = page.getByTestId('contacts-search').locator('input');
  await search.fill(text);
  await eventually(async () => assert.equal(new URL(page.url()).searchParams.get('q'), text));
}

/** Searches the list and checks that the one row shown is the contact, and the total says 1. */
async function expectOnlyTheContact(page, query, timeout) {
  await searchList(page, query);
  await eventually(async () => {
    const rows = await rowsShown(page);
    assert.equal(rows.length, 1, `search "${query}" shows one row, got: ${JSON.stringify(rows)}`);
    assert.match(rows[0], FULL_NAME);
    assert.ok(digits(rows[0]).includes(CONTACT.e164Digits), `the row shows the phone: ${rows[0]}`);
  }, { timeout });
  await eventually(async () => assert.equal(await readTotal(page), 1, `the total follows the search "${query}"`), { timeout });
}

async function rowsShown(page) {
  if (await page.getByTestId('contacts-empty').isVisible()) return [];
  return page.getByTestId('contact-row').allInnerTexts();
}

const FIRST_LOAD_BUDGET = 300 * 1024;

test('a0. the first visit (sign-in page) loads at most 300 KB of gzipped JavaScript', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    const scripts = new Map();
    const onResponse = async (response) => {
      if (!/\.m?js(\?|$)/.test(new URL(response.url()).pathname)) return;
      const body = await response.body().catch(() => null);
      if (body) scripts.set(response.url(), gzipSync(body).length);
    };
    page.on('response', onResponse);
    await page.goto(`${journey.stack.baseUrl}/contacts`, { waitUntil: 'networkidle' });
    await page.getByTestId('signin-email').waitFor();
    page.off('response', onResponse);
    assert.equal(new URL(page.url()).pathname, '/sign-in', 'a signed-out visitor is sent to sign in');
    const total = [...scripts.values()].reduce((a, b) => a + b, 0);
    const list = [...scripts].map(([url, size]) => `${new URL(url).pathname} ${(size / 1024).toFixed(1)} KB`).join('\n');
    t.diagnostic(`first-load JS: ${(total / 1024).toFixed(1)} KB gzipped in ${scripts.size} files`);
    assert.ok(scripts.size > 0, 'no scripts seen');
    assert.ok(total <= FIRST_LOAD_BUDGET, `first-load JS is ${(total / 1024).toFixed(1)} KB gzipped:\n${list}`);
  }),
);

test('a. an admin signs in and sees the contact list with rows and a total', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    const { baseUrl } = journey.stack;
    await signIn(page, baseUrl, 'admin@demo.crm');
    assert.equal(new URL(page.url()).pathname, '/contacts');
    const total = await readTotal(page);
    assert.ok(total >= 300, `the admin sees every seeded contact, the list says ${total}`);
    await page.getByTestId('contact-row').first().waitFor();
    const rows = await page.getByTestId('contact-row').count();
    assert.ok(rows > 10, `rows on screen: ${rows}`);
    const firstRow = await page.getByTestId('contact-row').first().innerText();
    assert.match(firstRow, /C-\d+/, 'each row shows the customer code');
  }),
);

test('b. creating a contact: the invalid phone is reported at the phone field, then the fixed contact is saved', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    assert.ok(page.url().includes('/contacts'), 'continues from the list');
    await page.getByTestId('new-contact').click();
    await page.getByTestId('contact-form').waitFor();
    await page.getByTestId('lastName').fill(CONTACT.lastName);
    await page.getByTestId('firstName').fill(CONTACT.firstName);
    await page.getByTestId('middleName').fill(CONTACT.middleName);
    await page.getByTestId('position').fill(CONTACT.position);
    await page.getByTestId('phone-0').fill('12');
    await page.getByTestId('save-contact').click();

    // The server rejects the number; its message appears under the phone input, not only on top.
    const phoneItem = formItemOf(page, 'phone-0');
    const phoneError = phoneItem.locator('.ant-form-item-explain-error');
    await phoneError.first().waitFor();
    assert.match(await phoneError.first().innerText(), /phone/i);
    assert.equal(await phoneItem.getAttribute('class').then((c) => c.includes('ant-form-item-has-error')), true);
    // Other fields carry no error.
    assert.equal(await formItemOf(page, 'lastName').locator('.ant-form-item-explain-error').count(), 0);
    assert.equal(new URL(page.url()).pathname, '/contacts/new', 'still on the form');

    await page.getByTestId('phone-0').fill(CONTACT.phone);
    await page.getByTestId('save-contact').click();
    await page.getByTestId('contact-code').waitFor();
    assert.match(new URL(page.url()).pathname, /^\/contacts\/[0-9a-f-]{36}$/);
    contactUrl = page.url();

    const code = await page.getByTestId('contact-code').innerText();
    assert.match(code, /^C-\d{7}-\d$/, `customer code shown: "${code}"`);
    assert.match(await page.getByTestId('contact-full-name').innerText(), FULL_NAME);
    const details = page.getByTestId('contact-details');
    await eventually(async () => assert.ok(digits(await details.innerText()).includes(CONTACT.e164Digits), 'the card shows the phone'));
    const phoneLink = details.locator(`a[href="tel:+${CONTACT.e164Digits}"]`);
    assert.equal(await phoneLink.count(), 1, 'the phone is stored in E.164 and dialable');
    assert.match(await details.innerText(), new RegExp(CONTACT.position));
  }),
);

test('c. the new contact is found in the list by name and by a differently typed phone', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    assert.ok(contactUrl, 'needs the contact created in b');
    await page.goto(`${journey.stack.baseUrl}/contacts`);
    await readTotal(page);

    for (const query of [CONTACT.lastName, '89165551234']) await expectOnlyTheContact(page, query);

    // Opening the row leads to the card.
    await page.getByTestId('contact-row').first().click();
    await page.getByTestId('contact-code').waitFor();
    assert.equal(page.url(), contactUrl);
  }),
);

test('c2. the list search also finds the contact by "+7 916 555 1234"', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    assert.ok(contactUrl, 'needs the contact created in b');
    await page.goto(`${journey.stack.baseUrl}/contacts`);
    await readTotal(page);
    await expectOnlyTheContact(page, '+7 916 555 1234', 5000);
  }),
);

test('d. editing the position shows on the Timeline tab as before → after', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    assert.ok(contactUrl, 'needs the contact created in b');
    if (page.url() !== contactUrl) await page.goto(contactUrl);
    await page.getByTestId('edit-contact').click();
    const position = page.getByTestId('position');
    await position.waitFor();
    assert.equal(await position.inputValue(), CONTACT.position);
    await position.fill(CONTACT.newPosition);
    await page.getByTestId('save-contact').click();
    // Back to the read-only card with the new value.
    await page.getByTestId('edit-contact').waitFor();
    await eventually(async () => assert.match(await page.getByTestId('contact-details').innerText(), new RegExp(CONTACT.newPosition)));

    await page.getByTestId('tab-timeline').click();
    const change = page.getByTestId('timeline-change').filter({ hasText: CONTACT.newPosition });
    await change.first().waitFor();
    const text = (await change.first().innerText()).replace(/\s+/g, ' ');
    assert.match(text, /Должность/, `the change names the field: "${text}"`);
    const before = text.indexOf(CONTACT.position);
    const after = text.indexOf(CONTACT.newPosition);
    assert.ok(before >= 0 && after > before, `shows "${CONTACT.position}" before "${CONTACT.newPosition}": "${text}"`);
    // The creation is in the history too, and the newest event comes first.
    const events = await page.getByTestId('timeline-event').allInnerTexts();
    assert.ok(events.length >= 2, `timeline events: ${JSON.stringify(events)}`);
    assert.match(events[0], /изменён/i);
    assert.match(events.at(-1), /создан/i);
  }),
);
