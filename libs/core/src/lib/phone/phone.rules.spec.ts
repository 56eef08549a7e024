import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { CountryCode } from 'libphonenumber-js';
import { formatPhone, normalizePhone, phoneSearchFragments } from './phone.rules';

function readFixture(name: string, delimiter = ','): Record<string, string>[] {
  return parse(readFileSync(join(__dirname, '__fixtures__', name)), { columns: true, delimiter });
}

interface PhoneCase {
  number_arg: string;
  country_code_arg: string;
  area_code_arg: string;
  /** Flags for (country code, area code, number): "1" = the SQL argument was NULL. */
  null_args: string;
  expected_e164: string;
  parsed: string;
}

// The source SQL functions take the country code, the area code and the number as separate
// arguments. A contact form has one field, into which a person types the area code followed
// by the number, so the test joins the two; a country code of 7 or 8 means Russia.
function singleFieldInput(row: PhoneCase): string {
  const [, areaIsNull, numberIsNull] = [...row.null_args].map((flag) => flag === '1');
  const parts = [areaIsNull ? null : row.area_code_arg, numberIsNull ? null : row.number_arg];
  return parts.filter((part) => part !== null).join(' ');
}

function regionOf(row: PhoneCase): CountryCode | undefined {
  return ['7', '8'].includes(row.country_code_arg.trim()) ? 'RU' : undefined;
}

// Rows where the source asserts something a single-string parser cannot or should not follow.
const SKIPPED: Record<string, string> = {
  // The rejection tests the separate country-code argument ("-1", "1000" are no country codes);
  // normalizePhone has no such argument (its default region is a typed CountryCode).
  '1234567|-1|977': 'rejects an invalid country-code argument',
  '1234567|1000|977': 'rejects an invalid country-code argument',
};

// Rows where libphonenumber's numbering-plan metadata disagrees with the SQL function; the test
// pins what normalizePhone does instead, and why.
const DISAGREEMENTS: Record<string, { e164: string | null; why: string }> = {
  // The SQL function reads +210…, an unassigned country calling code. Fourteen digits are also a
  // possible Russian length (the "8 10 8xx…" freephone range), so with Russia as the default region
  // libphonenumber reads +7 210…. Neither is a real number; the test pins the library's reading.
  '210(-.-)7905(-.-)1234567': { e164: '+721079051234567', why: '14 digits is a possible Russian length' },
  // The metadata gives Solomon Islands (+677) numbers 5 or 7 digits, never 6.
  '+677 123456': { e164: null, why: 'a 6-digit +677 number has an impossible length' },
  // phone_parse rejects it because its area-code table lacks 999, but +7 999 is an assigned
  // Russian mobile range (libphonenumber isValid() is true for it).
  '9991234567': { e164: '+79991234567', why: '+7 999 is a Russian mobile range' },
};

const phoneCases = readFixture('ru_phone_cases.csv') as unknown as PhoneCase[];
const keyOf = (row: PhoneCase) => [row.number_arg, row.country_code_arg, row.area_code_arg].join('|');
const checkedCases = phoneCases.filter((row) => !(keyOf(row) in SKIPPED) && !(row.number_arg in DISAGREEMENTS));

describe('normalizePhone', () => {
  it('keeps the skipped and disagreeing vectors few and present in the fixture', () => {
    const numbers = phoneCases.map((row) => row.number_arg);
    expect(phoneCases).toHaveLength(54);
    expect(checkedCases).toHaveLength(54 - 2 - 3);
    expect(Object.keys(DISAGREEMENTS).every((input) => numbers.includes(input))).toBe(true);
    expect(Object.keys(SKIPPED).every((key) => phoneCases.some((row) => keyOf(row) === key))).toBe(true);
  });

  describe('ru_phone_cases.csv', () => {
    it.each(checkedCases.map((row) => [JSON.stringify(singleFieldInput(row)), row.expected_e164 || 'rejected', row]))(
      '%s → %s',
      (_input, _expected, row) => {
        const result = normalizePhone(singleFieldInput(row), regionOf(row));
        expect(result?.e164 ?? '').toBe(row.expected_e164);
      },
    );

    it.each(Object.entries(DISAGREEMENTS).map(([input, { e164, why }]) => [input, e164, why]))(
      '%j → %s, unlike the SQL function: %s',
      (input, e164) => {
        expect(normalizePhone(input as string)?.e164 ?? null).toBe(e164);
      },
    );
  });

  describe('ru_contacts_sample.utf8.csv', () => {
    const contacts = readFixture('ru_contacts_sample.utf8.csv', ';');

    it.each(contacts.map((row) => [row['Телефон'], row['Телефон (E.164)']]))('%j → %s', (typed, e164) => {
      expect(normalizePhone(typed)?.e164).toBe(e164);
    });
  });

  it.each([
    ['+7 (977) 123-45-67 доб 123', '123'],
    ['+7 (977) 123-45-67 доб. 123 Мария', '123'],
    ['8 977 123 45 67 ext. 12', '12'],
    ['8 977 123 45 67 #12', '12'],
    ['8 977 123 45 67 x12', '12'],
    ['+ 7 (977) 123-45-67 вн. 123', '123'],
    ['доп. 8 977 123 45 67 доб. 45', '45'],
  ])('reads the extension of %j', (typed, extension) => {
    expect(normalizePhone(typed)).toEqual({ e164: '+79771234567', extension });
  });

  it.each([
    ['8-916-123-45-67', '+79161234567'],
    ['8 (812) 123-45-67', '+78121234567'],
    ['Иван: 8 916 123 45 67, Пётр: 8 916 765 43 21', '+79161234567'],
    ['+7 916 123-45-67 +7 916 765-43-21', '+79161234567'],
    ['8 800 555 35 35 1', '+78005553535'],
    ['8\u00a0916\u00a0123\u201145\u201167', '+79161234567'],
  ])('takes the first number from %j', (typed, e164) => {
    expect(normalizePhone(typed)).toEqual({ e164, extension: null });
  });

  it('uses the default region for numbers without a country code', () => {
    expect(normalizePhone('(044) 123 4567', 'UA')?.e164).toBe('+380441234567');
    expect(normalizePhone('+7 916 123-45-67', 'UA')?.e164).toBe('+79161234567');
  });

  it.each(['', '   ', 'нет', 'звонить после 18', '#1', '12-34', '8', 'доб. 123'])('rejects %j', (typed) => {
    expect(normalizePhone(typed)).toBeNull();
  });
});

describe('phoneSearchFragments', () => {
  it.each([
    ['916-12-34', ['9161234']],
    ['8 916 123', ['8916123', '7916123']],
    ['89161234', ['89161234', '79161234']],
    ['8 (812) 55', ['881255', '781255']],
    ['+7 916', ['7916']],
    ['+8 916', ['8916']],
    ['89', ['89']],
    ['', []],
    ['Иван', []],
  ])('%j → %j', (typed, fragments) => {
    expect(phoneSearchFragments(typed)).toEqual(fragments);
  });
});

describe('formatPhone', () => {
  it.each([
    ['+79161234567', '+7 916 123-45-67'],
    ['+78121234567', '+7 812 123-45-67'],
    ['+76771234567', '+7 6771234567'],
    ['+77172123456', '+7 7172 12 34 56'],
    ['+375171234567', '+375 17 123 45 67'],
    ['not a phone', 'not a phone'],
  ])('%s → %s', (e164, display) => {
    expect(formatPhone(e164)).toBe(display);
  });
});
