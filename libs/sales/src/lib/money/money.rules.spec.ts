import { currencyDigits, isKnownCurrency, lineAmount, minorFactor, toScaled } from './money.rules';

describe('money rules', () => {
  it('knows ISO currencies and their minor digits', () => {
    expect(isKnownCurrency('RUB')).toBe(true);
    expect(isKnownCurrency('XYZ')).toBe(false);
    expect(isKnownCurrency('rub')).toBe(false);
    expect([currencyDigits('RUB'), currencyDigits('JPY'), currencyDigits('BHD')]).toEqual([2, 0, 3]);
  });

  it('scales decimals exactly and refuses too many decimals', () => {
    expect(toScaled(0.1, 4)).toBe(1000n);
    expect(toScaled('2.5', 2)).toBe(250n);
    expect(toScaled(1e-7, 4)).toBeNull();
    expect(toScaled(1.23456, 4)).toBeNull();
    expect(toScaled(Number.NaN, 4)).toBeNull();
    expect(toScaled(-3, 0)).toBe(-3n);
  });

  it('computes line amounts without float error, rounding half away from zero once', () => {
    // 3 × 0.10 ₽ = 0.30 ₽ (floats would say 0.30000000000000004)
    expect(lineAmount({ quantity: 3, unitPrice: 10, discountPercent: 0 })).toBe(30);
    // 1.5 h × 1 999.99 ₽ less 10 % = 2 699.9865 → 2 699.99
    expect(lineAmount({ quantity: 1.5, unitPrice: 199_999, discountPercent: 10 })).toBe(269_999);
    // 0.3333 × 1.00 ₽ = 0.3333 ₽ → 0.33; 0.005 of a kopeck rounds up at .5
    expect(lineAmount({ quantity: 0.3333, unitPrice: 100, discountPercent: 0 })).toBe(33);
    expect(lineAmount({ quantity: 1, unitPrice: 1, discountPercent: 50 })).toBe(1);
    expect(lineAmount({ quantity: 7, unitPrice: 1234, discountPercent: 100 })).toBe(0);
    expect(lineAmount({ quantity: 2, unitPrice: 999, discountPercent: 12.5 })).toBe(1748);
  });

  it('turns a rate per whole unit into a factor per minor unit across different minor digits', () => {
    // 1 USD = 92.5 RUB: a cent is worth 92.5 kopecks
    expect(minorFactor(92.5, 'USD', 'RUB')).toBe('92.5');
    // 1 JPY = 0.61 RUB: a yen (no minor unit) is worth 61 kopecks
    expect(minorFactor(0.61, 'JPY', 'RUB')).toBe('61');
    // 1 BHD = 245.1234 RUB: a fils (1/1000) is worth 24.51234 kopecks
    expect(minorFactor(245.1234, 'BHD', 'RUB')).toBe('24.51234');
    // Reporting in JPY: 1 USD = 150.25 JPY, a cent is worth 1.5025 yen
    expect(minorFactor(150.25, 'USD', 'JPY')).toBe('1.5025');
  });
});
