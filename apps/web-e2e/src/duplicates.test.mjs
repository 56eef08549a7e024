// The duplicates journey of an admin: entering a contact with an e-mail that is already on file
// warns about the possible duplicate (saving is still allowed), then the two records are merged
// from the card's "Merge with…", taking the position from the record that goes; the survivor's
// card shows the result, and the merged record's code, however typed, still leads to it. The
// review queue lists pairs found by the nightly scan, or says there are none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { digits, eventually, readTotal, signIn } from './browser.mjs';
import { useJourney } from './journey.mjs';

const journey = useJourney();
const TIMEOUT = { timeout: 120_000 };

// Unique to this run, so the warning is about the record created here, whatever the demo data holds.
const EMAIL = `vera.dvoinikova.${process.pid}@example.test`;
const FIRST = { lastName: 'Двойникова', firstName: 'Вера', position: 'Кассир', phone: '+7 916 700-11-22', e164Digits: '79167001122' };
const SECOND = { ...FIRST, position: 'Главный бухгалтер', phone: '+7 916 700-33-44', e164Digits: '79167003344' };
const created = { first: null, second: null };

/** Fills the new-contact form (the e-mail last, as someone typing it would). */
async function fillContact(page, contact) {
  await page.getByTestId('lastName').fill(contact.lastName);
  await page.getByTestId('firstName').fill(contact.firstName);
  await page.getByTestId('position').fill(contact.position);
  await page.getByTestId('phone-0').fill(contact.phone);
  await page.getByTestId('email-0').fill(EMAIL);
}

/** Saves the form and returns the new card's { url, id, code }. */
async function saveContact(page) {
  await page.getByTestId('save-contact').click();
  await page.getByTestId('contact-code').waitFor();
  const url = page.url();
  const id = new URL(url).pathname.split('/').at(-1);
  assert.match(id, /^[0-9a-f-]{36}$/);
  return { url, id, code: await page.getByTestId('contact-code').innerText() };
}

async function openNewContactForm(page) {
  await page.goto(`${journey.stack.baseUrl}/contacts`);
  await readTotal(page);
  await page.getByTestId('new-contact').click();
  await page.getByTestId('contact-form').waitFor();
}

const radio = (page, testId) => page.getByTestId(testId);

test('a. an admin creates a contact', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    await signIn(page, journey.stack.baseUrl, 'admin@demo.crm');
    await openNewContactForm(page);
    await fillContact(page, FIRST);
    created.first = await saveContact(page);
    assert.match(created.first.code, /^C-\d{7}-\d$/);
  }),
);

test('b. entering the same e-mail again warns about the possible duplicate, and saving is still allowed', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    assert.ok(created.first, 'needs the contact created in a');
    await openNewContactForm(page);
    await fillContact(page, SECOND);

    // Checked as the user types (after a pause), before anything is saved.
    const candidate = page.getByTestId('duplicate-candidate').filter({ hasText: created.first.code });
    await candidate.waitFor();
    const text = await candidate.innerText();
    assert.match(text, new RegExp(`${FIRST.lastName}.*${FIRST.firstName}|${FIRST.firstName}.*${FIRST.lastName}`), `names the contact: ${text}`);
    assert.match(text, /Та же эл\. почта/, `says why: ${text}`);
    assert.match(text, /совпадение \d+/, `says how sure: ${text}`);
    const link = candidate.getByTestId('duplicate-candidate-link');
    assert.equal(await link.getAttribute('href'), `/contacts/${created.first.id}`);
    assert.equal(await link.getAttribute('target'), '_blank', 'opens without losing what was typed');
    assert.equal(new URL(page.url()).pathname, '/contacts/new', 'only a warning: still on the form');

    created.second = await saveContact(page);
    assert.notEqual(created.second.id, created.first.id);
  }),
);

test('c. "Merge with…" on the card compares the two field by field; the sides can be swapped', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    assert.ok(created.second, 'needs the contacts created in a and b');
    if (page.url() !== created.second.url) await page.goto(created.second.url);
    await page.getByTestId('merge-with').click();
    await page.getByTestId('merge-with-select').click();
    await page.keyboard.type(created.first.code);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: created.first.code }).first().click();
    await page.getByTestId('merge-with-continue').click();

    await page.getByTestId('merge-fields').waitFor();
    assert.equal(await page.getByTestId('merge-survivor-code').innerText(), created.second.code, 'the card\'s contact stays');
    assert.equal(await page.getByTestId('merge-loser-code').innerText(), created.first.code);
    assert.match(await page.getByTestId('merge-explain').innerText(), new RegExp(`${created.first.code}.*код продолжит работать`));

    // Only fields that differ are rows: the shared e-mail and name are not.
    for (const field of ['position', 'phones']) await page.getByTestId(`merge-row-${field}`).waitFor();
    for (const field of ['emails', 'lastName', 'firstName']) assert.equal(await page.getByTestId(`merge-row-${field}`).count(), 0, `no row for ${field}`);
    assert.match(await page.getByTestId('merge-row-position').innerText(), new RegExp(`${SECOND.position}[\\s\\S]*${FIRST.position}`));
    // Defaults: a value stays as the survivor has it, lists keep both.
    assert.ok(await radio(page, 'merge-position-survivor').isChecked());
    assert.ok(await radio(page, 'merge-phones-both').isChecked());

    await page.getByTestId('merge-swap').click();
    await eventually(async () => assert.equal(await page.getByTestId('merge-survivor-code').innerText(), created.first.code));
    assert.equal(await page.getByTestId('merge-loser-code').innerText(), created.second.code);
    await page.getByTestId('merge-swap').click();
    await eventually(async () => assert.equal(await page.getByTestId('merge-survivor-code').innerText(), created.second.code));
  }),
);

test('d. merging with the position taken from the other record lands on the survivor\'s card', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    assert.ok(created.second, 'needs the merge screen of c');
    await radio(page, 'merge-position-loser').check();
    assert.ok(await radio(page, 'merge-position-loser').isChecked());
    await page.getByTestId('merge-submit').click();
    await page.getByTestId('confirm-merge').click();

    await eventually(async () => assert.equal(page.url(), created.second.url), { timeout: 30_000 });
    const toast = page.locator('.ant-message-notice', { hasText: created.first.code });
    await toast.waitFor();
    assert.match(await toast.innerText(), /Объединено/);

    const details = page.getByTestId('contact-details');
    await eventually(async () => {
      const text = await details.innerText();
      assert.match(text, new RegExp(FIRST.position), 'the position picked from the merged contact');
      assert.doesNotMatch(text, new RegExp(SECOND.position));
      for (const phone of [FIRST.e164Digits, SECOND.e164Digits]) assert.ok(digits(text).includes(phone), `both phones kept: ${text}`);
    });
    await page.getByTestId('tab-timeline').click();
    await page.getByTestId('timeline-event').filter({ hasText: 'Объединён с другим контактом' }).first().waitFor();
  }),
);

test('e. the merged contact\'s code, typed any way into the list search, opens the survivor', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    assert.ok(created.second, 'needs the merge of d');
    await page.goto(`${journey.stack.baseUrl}/contacts`);
    await readTotal(page);
    // "C-0001234-5" typed as "с 0001234 5", with a Cyrillic letter.
    const typed = created.first.code.replace('C-', 'с ').replace('-', ' ');
    await page.getByTestId('contacts-search').locator('input').fill(typed);
    await eventually(async () => assert.equal(page.url(), created.second.url));
    await page.getByTestId('contact-code').waitFor();
    assert.equal(await page.getByTestId('contact-code').innerText(), created.second.code);
  }),
);

test('f. the review queue shows found pairs side by side with their reasons, or that there are none', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    await page.getByTestId('nav-duplicates').click();
    for (const entityType of ['contact', 'account']) {
      await page.getByTestId(`duplicates-tab-${entityType}`).click();
      await page.locator('.ant-tabs-tab-active').getByTestId(`duplicates-tab-${entityType}`).waitFor();
      // Tabs keep a visited panel mounted but hidden: only the shown one counts.
      const list = page.locator('[data-testid="duplicate-pairs"]:visible');
      const empty = page.locator('[data-testid="duplicates-empty"]:visible');
      await list.or(empty).waitFor();
      if ((await empty.count()) > 0) continue;
      const first = list.getByTestId('duplicate-pair').first();
      assert.equal(await first.getByTestId('pair-record').count(), 2, 'both records of a pair');
      assert.ok((await first.getByTestId('match-reason').count()) > 0, 'why they look alike');
      await first.getByTestId('dismiss-duplicate').waitFor();
      await first.getByTestId('merge-duplicate').waitFor();
      // The contacts merged in d are no longer a pair.
      assert.doesNotMatch(await list.innerText(), new RegExp(created.first.code));
    }
  }),
);
