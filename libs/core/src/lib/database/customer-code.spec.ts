import { formatCustomerCode, luhnDigit, parseCustomerCode } from './customer-code';

describe('customer code', () => {
  it('appends the Luhn check digit', () => {
    expect(luhnDigit('7992739871')).toBe(3); // the textbook Luhn example
    expect(formatCustomerCode(1)).toBe(`C-0000001-${luhnDigit('0000001')}`);
  });

  it('parses what people type back to the canonical code', () => {
    const code = formatCustomerCode(1234);
    const digits = code.replace(/\D/g, '');
    expect(parseCustomerCode(code)).toBe(code);
    expect(parseCustomerCode(`c ${digits}`)).toBe(code);
    expect(parseCustomerCode(`С${digits}`)).toBe(code); // Cyrillic "С" typed on a Russian layout
    expect(parseCustomerCode(`${digits.slice(3)}`)).toBe(code); // leading zeros omitted
  });

  it('rejects a mistyped digit and swapped neighbours', () => {
    const code = formatCustomerCode(1234);
    const digits = code.replace(/\D/g, '');
    const mistyped = digits.slice(0, 6) + ((Number(digits[6]) + 1) % 10) + digits.slice(7);
    const swapped = digits.slice(0, 5) + digits[6] + digits[5] + digits.slice(7);
    expect(parseCustomerCode(mistyped)).toBeNull();
    expect(parseCustomerCode(swapped)).toBeNull();
    expect(parseCustomerCode('hello')).toBeNull();
  });
});
