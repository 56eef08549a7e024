import { CustomField, CustomFieldType } from './custom-field.entity';
import { applyCustomValues, normaliseCustomValue, parseDecimal } from './custom-field.rules';

let n = 0;
function field(type: CustomFieldType, extra: Partial<CustomField> = {}): CustomField {
  n++;
  return {
    id: `f${n}`, entityType: 'account', key: `f${n}`, label: `Field ${n}`, type, required: false, options: [], helpText: null, section: null,
    position: n, currency: null, archivedAt: null, createdAt: new Date(), updatedAt: new Date(), version: 1, ...extra,
  };
}
const options = [
  { key: 'fishing', label: 'Рыбалка', archived: false },
  { key: 'golf', label: 'Golf', archived: false },
  { key: 'polo', label: 'Polo', archived: true },
];
const api = { phoneRegion: 'RU' };
const csv = { phoneRegion: 'RU', fromText: true };

describe('custom field values', () => {
  it.each([
    [CustomFieldType.TEXT, '  Hello  ', 'Hello'],
    [CustomFieldType.NUMBER, 12.5, 12.5],
    [CustomFieldType.MONEY, 150000, 150000],
    [CustomFieldType.DATE, '2025-12-31', '2025-12-31'],
    [CustomFieldType.BOOLEAN, false, false],
    [CustomFieldType.URL, 'example.ru/page', 'https://example.ru/page'],
    [CustomFieldType.EMAIL, 'Anna@Example.COM', 'anna@example.com'],
    [CustomFieldType.PHONE, '8 (916) 123-45-67', '+79161234567'],
  ])('%s keeps a valid value in canonical form', (type, input, stored) => {
    expect(normaliseCustomValue(field(type), input, api)).toEqual({ value: stored });
  });

  it.each([
    [CustomFieldType.TEXT, 42, 'must be text'],
    [CustomFieldType.NUMBER, '12', 'must be a number'],
    [CustomFieldType.NUMBER, 'abc', 'must be a number'],
    [CustomFieldType.MONEY, 10.5, 'must be a whole amount in minor units (kopecks, cents)'],
    [CustomFieldType.DATE, '31.12.2025', 'must be a date YYYY-MM-DD'],
    [CustomFieldType.DATE, '2025-02-30', 'must be a date YYYY-MM-DD'],
    [CustomFieldType.BOOLEAN, 'yes', 'must be true or false'],
    [CustomFieldType.URL, 'javascript:alert(1)', 'must be a web address such as https://example.com'],
    [CustomFieldType.EMAIL, 'not-an-email', 'is not a valid e-mail address'],
    [CustomFieldType.PHONE, '12', 'is not a valid phone number'],
  ])('%s refuses %j through the API', (type, input, problem) => {
    expect(normaliseCustomValue(field(type), input, api)).toEqual({ problem });
  });

  it('reads values typed in a spreadsheet when importing', () => {
    expect(normaliseCustomValue(field(CustomFieldType.NUMBER), '1 234,5', csv)).toEqual({ value: 1234.5 });
    expect(normaliseCustomValue(field(CustomFieldType.MONEY, { currency: 'RUB' }), '1 234,56', csv)).toEqual({ value: 123456 });
    expect(normaliseCustomValue(field(CustomFieldType.MONEY, { currency: 'JPY' }), '1500', csv)).toEqual({ value: 1500 });
    expect(normaliseCustomValue(field(CustomFieldType.DATE), '01.02.2025', csv)).toEqual({ value: '2025-02-01' });
    expect(normaliseCustomValue(field(CustomFieldType.BOOLEAN), 'Да', csv)).toEqual({ value: true });
    expect(normaliseCustomValue(field(CustomFieldType.MULTI_SELECT, { options }), 'рыбалка; golf', csv)).toEqual({ value: ['fishing', 'golf'] });
    expect(parseDecimal('1,234.50')).toBe(1234.5);
    expect(parseDecimal('12abc')).toBeNaN();
  });

  it('accepts only active options, by key (API) or also by label (import)', () => {
    const select = field(CustomFieldType.SELECT, { options });
    expect(normaliseCustomValue(select, 'golf', api)).toEqual({ value: 'golf' });
    expect(normaliseCustomValue(select, 'Golf', api)).toEqual({ problem: 'no such option "Golf"' });
    expect(normaliseCustomValue(select, 'Golf', csv)).toEqual({ value: 'golf' });
    expect(normaliseCustomValue(select, 'polo', api)).toEqual({ problem: 'no such option "polo"' });
    const multi = field(CustomFieldType.MULTI_SELECT, { options });
    expect(normaliseCustomValue(multi, ['golf', 'golf', 'fishing'], api)).toEqual({ value: ['golf', 'fishing'] });
    expect(normaliseCustomValue(multi, 'golf', api)).toEqual({ problem: 'must be a list of option keys' });
  });

  it('applies a patch: unknown, archived, repeated and required fields are named', () => {
    const hobby = field(CustomFieldType.MULTI_SELECT, { key: 'hobby', options, required: true });
    const old = field(CustomFieldType.TEXT, { key: 'old', archivedAt: new Date() });
    const budget = field(CustomFieldType.MONEY, { key: 'budget', currency: 'RUB' });
    const fields = [hobby, old, budget];
    const created = applyCustomValues(fields, {}, [{ key: 'budget', value: 500 }, { key: 'nope', value: 1 }, { key: 'old', value: 'x' }, { key: 'budget', value: 1 }], {
      creating: true, phoneRegion: 'RU',
    });
    expect(created.problems).toEqual([
      { field: 'customFields.nope', message: 'no such custom field' },
      { field: 'customFields.old', message: 'this field is archived' },
      { field: 'customFields.budget', message: 'is given twice' },
      { field: 'customFields.hobby', message: 'is required' },
    ]);
    // An edit that does not touch a required field passes; clearing one does not. Archived values stay.
    const current = { old: 'kept', budget: 500 };
    expect(applyCustomValues(fields, current, [{ key: 'budget', value: null }], { creating: false, phoneRegion: 'RU' })).toEqual({
      values: { old: 'kept' }, problems: [], changed: ['budget'],
    });
    expect(applyCustomValues(fields, { ...current, hobby: ['golf'] }, [{ key: 'hobby', value: [] }], { creating: false, phoneRegion: 'RU' }).problems).toEqual([
      { field: 'customFields.hobby', message: 'is required' },
    ]);
  });
});
