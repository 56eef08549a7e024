// Importing a real-world CSV (Windows-1251, semicolons, Russian headers, phones typed every which
// way) through the import wizard: detected encoding and mapping, progress to completion, the
// created / skipped / rejected counts, and the rejected-rows report naming line and reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventually, readTotal, signIn } from './browser.mjs';
import { useJourney } from './journey.mjs';

const journey = useJourney();
const TIMEOUT = { timeout: 120_000 };
const FIXTURE = join(import.meta.dirname, '../fixtures/ru_contacts_import.cp1251.csv');

// What the fixture holds (see fixtures/README.md): 25 data rows; 4 distinct phone numbers, the
// other 19 rows repeat one of them (duplicates, skipped); line 25 has phone "12345" and line 26
// e-mail "not-an-email" (rejected).
const EXPECTED = { rows: 25, created: 4, skipped: 19, rejected: 2 };
let totalBefore = null;

/** The value of an antd Statistic ("import-created" …) as a number. */
async function statistic(page, testId) {
  const text = await page.getByTestId(testId).locator('.ant-statistic-content').innerText();
  return Number(text.replace(/\D/g, ''));
}

/** The label shown in an antd Select (the chosen option). */
const selectedLabel = (page, testId) => page.getByTestId(testId).locator('.ant-select-content, .ant-select-selection-item').first().innerText();

/** Minimal CSV parsing (quoted fields, "" escapes) for the downloaded report. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

test('e1. an admin uploads a Windows-1251 CSV: encoding, delimiter and column mapping are detected', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    await signIn(page, journey.stack.baseUrl, 'admin@demo.crm');
    totalBefore = await readTotal(page);
    await page.getByTestId('import-contacts').click();
    await page.getByTestId('import-steps').waitFor();
    await page.locator('input[type=file]').setInputFiles(FIXTURE);

    await page.getByTestId('import-mapping').waitFor();
    assert.match(new URL(page.url()).search, /^\?id=[0-9a-f-]{36}$/, 'the import id is in the URL');
    assert.equal(await selectedLabel(page, 'import-encoding'), 'Windows-1251');
    assert.match(await selectedLabel(page, 'import-delimiter'), /;/);

    // Russian headers and samples read correctly (no mojibake), each column mapped as suggested.
    const expectations = [
      [0, 'Фамилия', 'Смирнов', 'Фамилия'],
      [1, 'Имя', 'Александр', 'Имя'],
      [2, 'Отчество', 'Александрович', 'Отчество'],
      [3, 'Пол', 'М', 'Пропустить'],
      [4, 'Телефон', '+7 (977) 123-45-67', 'Телефон'],
      [6, 'Эл. почта', '', 'Эл. почта'],
    ];
    for (const [index, header, sample, target] of expectations) {
      const row = await page.getByTestId(`mapping-row-${index}`).innerText();
      assert.ok(row.startsWith(header), `column ${index} header: ${JSON.stringify(row)}`);
      assert.ok(row.includes(sample), `column ${index} sample "${sample}": ${JSON.stringify(row)}`);
      const chosen = await selectedLabel(page, `mapping-select-${index}`);
      assert.ok(chosen.startsWith(target), `column ${index} is mapped to "${target}", shows "${chosen}"`);
    }
  }),
);

test('e2. the import runs to completion with created, skipped and rejected counts', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    await page.getByTestId('import-start').click();
    const progress = page.getByTestId('import-progress');
    await progress.waitFor();
    assert.equal(await progress.getAttribute('role'), 'progressbar');
    // The bar follows the polled progress; it ends at 100 % in the "success" state.
    await eventually(
      async () => {
        assert.equal(await progress.getAttribute('aria-valuenow'), '100');
        assert.match(await progress.getAttribute('class'), /ant-progress-status-success/);
      },
      { timeout: 60_000, interval: 100 },
    );
    assert.match(await page.getByTestId('import-status').innerText(), /Завершён/);
    assert.match(await page.getByTestId('import-status').innerText(), /ru_contacts_import\.cp1251\.csv/);

    const counts = {
      created: await statistic(page, 'import-created'),
      skipped: await statistic(page, 'import-skipped'),
      rejected: await statistic(page, 'import-rejected'),
    };
    assert.deepEqual(counts, { created: EXPECTED.created, skipped: EXPECTED.skipped, rejected: EXPECTED.rejected });
    assert.equal(await statistic(page, 'import-updated'), 0);
    const processed = await page.getByText(/Обработано строк/).innerText();
    assert.match(processed, new RegExp(`${EXPECTED.rows}\\D+${EXPECTED.rows}`), processed);
  }),
);

test('e3. the rejected-rows report names the line and the reason', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    const link = page.getByTestId('rejected-report-link');
    assert.match(await link.getAttribute('href'), /^\/api\/contact-imports\/[0-9a-f-]{36}\/problems\.csv$/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.match(download.suggestedFilename(), /\.csv$/);
    const failure = await download.failure();
    assert.equal(failure, null, `download failed: ${failure}`);
    const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = parseCsv(text).filter((r) => r.some(Boolean));
    assert.deepEqual(header.slice(0, 3), ['line', 'field', 'reason']);
    const byLine = new Map(rows.map((r) => [r[0], r]));

    const badPhone = byLine.get('25');
    assert.ok(badPhone, `line 25 (phone "12345") is in the report:\n${text}`);
    assert.match(badPhone[1], /phone/i);
    assert.match(badPhone[2], /phone/i);
    assert.ok(badPhone.includes('12345') && badPhone.includes('Ошибкин'), `the original values: ${badPhone}`);

    const badEmail = byLine.get('26');
    assert.ok(badEmail, `line 26 (e-mail "not-an-email") is in the report:\n${text}`);
    assert.match(badEmail[1], /email/i);
    assert.match(badEmail[2], /e-?mail/i);
    assert.ok(badEmail.includes('not-an-email') && badEmail.includes('Неверова'), `the original values: ${badEmail}`);

    // Skipped duplicates are listed too, with the contact they duplicate.
    const duplicates = rows.filter((r) => /duplicate/i.test(r[2]));
    assert.equal(duplicates.length, EXPECTED.skipped, `duplicate rows in the report:\n${text}`);
    assert.equal(rows.length, EXPECTED.skipped + EXPECTED.rejected);
  }),
);

test('e4. the imported contacts are in the list', TIMEOUT, (t) =>
  journey.step(t, async (page) => {
    assert.ok(totalBefore !== null, 'needs e1');
    await page.getByTestId('import-done').click();
    await eventually(async () => assert.equal(await readTotal(page), totalBefore + EXPECTED.created));
    // The first of the rows that share +7 977 123-45-67 was created, the others skipped.
    await page.getByTestId('contacts-search').locator('input').fill('89771234567');
    await eventually(async () => {
      const rows = await page.getByTestId('contact-row').allInnerTexts();
      assert.equal(rows.length, 1, JSON.stringify(rows));
      assert.match(rows[0], /Смирнов Александр Александрович/);
      assert.match(rows[0].replace(/\D/g, ''), /79771234567/);
    });
  }),
);
