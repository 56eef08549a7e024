// Who sees what: a sales rep sees only their own contacts, gets "not found" for a contact of the
// admin's even with its URL, cannot reassign their contacts (owner is read-only for them), and can
// switch the UI to English.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { eventually, openBrowser, readTotal, signIn } from './browser.mjs';
import { useJourney } from './journey.mjs';

const journey = useJourney();
const TIMEOUT = { timeout: 120_000 };

let adminTotal = null;
let adminContactUrl = null;
let rep = null;

after(async () => rep?.close());

test('f1. the admin creates a contact that belongs to the admin', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    await signIn(page, journey.stack.baseUrl, 'admin@demo.crm');
    adminTotal = await readTotal(page);
    await page.getByTestId('new-contact').click();
    await page.getByTestId('lastName').fill('Секретова');
    await page.getByTestId('firstName').fill('Алиса');
    await page.getByTestId('phone-0').fill('+7 903 111-22-33');
    await page.getByTestId('save-contact').click();
    await page.getByTestId('contact-code').waitFor();
    adminContactUrl = page.url();
    assert.match(await page.getByTestId('contact-details').innerText(), /Анна Администратор/, 'the admin owns it');
  }),
);

test('f2. a sales rep sees fewer contacts than the admin, all of them their own', TIMEOUT, (t) =>
  journey.step(t, async () => {
    assert.ok(adminTotal !== null, 'needs f1');
    // Another person, another browser profile (own cookies).
    rep = await openBrowser();
    const page = rep.page;
    await signIn(page, journey.stack.baseUrl, 'rep@demo.crm');
    assert.equal(await page.getByTestId('current-user-name').innerText(), 'Роман Продавец');
    const repTotal = await readTotal(page);
    assert.ok(repTotal > 0 && repTotal < adminTotal, `rep sees ${repTotal}, the admin ${adminTotal + 1}`);
    await page.getByTestId('contact-row').first().waitFor();
    const rows = await page.getByTestId('contact-row').allInnerTexts();
    assert.ok(rows.length > 0);
    for (const row of rows) assert.match(row, /Роман Продавец/, `a row the rep does not own: ${row}`);
    // The admin's new contact is not in the rep's search either.
    await page.getByTestId('contacts-search').locator('input').fill('Секретова');
    await page.getByTestId('contacts-empty').waitFor();
    await eventually(async () => assert.equal(await readTotal(page), 0));
  }),
);

test('f3. the rep opening the admin-only contact URL gets "not found"', TIMEOUT, (t) =>
  journey.step(t, async () => {
    assert.ok(rep && adminContactUrl, 'needs f1 and f2');
    const page = rep.page;
    await page.goto(adminContactUrl);
    const error = page.getByTestId('error-state');
    await error.waitFor();
    assert.equal(await error.getAttribute('data-error-code'), 'NOT_FOUND');
    assert.match(await error.innerText(), /Не найдено или недоступно вам/);
    assert.equal(await page.getByTestId('contact-code').count(), 0, 'nothing of the contact is shown');
    assert.doesNotMatch(await page.locator('body').innerText(), /Секретова/);
  }),
);

test('f4. on their own contact the rep may not change the owner (readOnlyFields: ownerId)', TIMEOUT, (t) =>
  journey.step(t, async () => {
    const page = rep.page;
    await page.goto(`${journey.stack.baseUrl}/contacts`);
    await page.getByTestId('contact-row').first().click();
    await page.getByTestId('edit-contact').click();
    const owner = page.getByTestId('ownerId');
    await owner.waitFor();
    assert.match(await owner.getAttribute('class'), /ant-select-disabled/, 'the owner picker is read-only');
    assert.match(await owner.innerText(), /Роман Продавец/);
    // Fields the rep may edit stay editable.
    assert.equal(await page.getByTestId('position').isEditable(), true);
    await page.getByTestId('cancel-contact').click();
  }),
);

test('f5. switching the language to English changes the UI text', TIMEOUT, (t) =>
  journey.step(t, async () => {
    const page = rep.page;
    await page.goto(`${journey.stack.baseUrl}/contacts`);
    const total = await readTotal(page);
    assert.match(await page.getByTestId('contacts-total').innerText(), /^Всего/);
    await page.getByTestId('language-en').click();
    await eventually(async () => assert.match(await page.getByTestId('contacts-total').innerText(), /^Total: /));
    assert.equal(await readTotal(page), total);
    assert.equal(await page.getByTestId('new-contact').innerText(), 'New contact');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    // Saved to the profile: still English after a reload.
    await page.reload();
    await eventually(async () => assert.match(await page.getByTestId('contacts-total').innerText(), /^Total: /));
  }),
);
