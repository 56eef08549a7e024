import { fractionDigits } from '@crm/core';

/**
 * Money arithmetic without floats: amounts are integer minor units (kopecks, cents), quantities
 * have at most 4 decimals, discounts and rates are decimals. Products are computed on BigInt and
 * rounded half away from zero once, at the end.
 */

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** ISO 4217 codes the runtime knows (and so can format in any locale). */
export function isKnownCurrency(code: string): boolean {
  return KNOWN_CURRENCIES.has(code);
}

/** Minor-unit digits of a currency: RUB 2, JPY 0, BHD 3. */
export const currencyDigits = (code: string): number => fractionDigits(code);

/** A decimal as a scaled integer (value × 10^scale), or null if it has more decimals than scale or is not a number. */
export function toScaled(value: number | string, scale: number): bigint | null {
  const text = typeof value === 'number' ? numberText(value) : value.trim();
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return null;
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  if (fraction.length > scale) return null;
  const scaled = BigInt(m[2] + fraction.padEnd(scale, '0'));
  return m[1] ? -scaled : scaled;
}

/** A scaled integer back as a plain decimal string. */
export function fromScaled(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** numerator / denominator rounded half away from zero. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n * 2n + d) / (2n * d);
  return negative ? -q : q;
}

export const QUANTITY_SCALE = 4;
export const DISCOUNT_SCALE = 2;
const RATE_SCALE = 12;

/** Line total: quantity × unit price less the discount percent, in minor units. */
export function lineAmount(line: { quantity: number | string; unitPrice: number; discountPercent: number | string }): number {
  const quantity = toScaled(line.quantity, QUANTITY_SCALE);
  const discount = toScaled(line.discountPercent, DISCOUNT_SCALE);
  if (quantity === null || discount === null) throw new Error('lineAmount: unchecked quantity or discount');
  const gross = quantity * BigInt(line.unitPrice) * (100n * 100n - discount);
  return Number(divideRounded(gross, 10n ** BigInt(QUANTITY_SCALE) * 100n * 100n));
}

/**
 * How many minor units of the reporting currency one minor unit of `currency` is worth, from a
 * rate quoted per whole unit (1 USD = 92.5 RUB → 92.5; 1 JPY = 0.61 RUB → 61 kopecks per yen).
 */
export function minorFactor(rate: number | string, currency: string, reportingCurrency: string): string {
  const scaled = toScaled(typeof rate === 'number' ? numberText(rate) : rate, RATE_SCALE);
  if (scaled === null || scaled <= 0n) throw new Error('minorFactor: unchecked rate');
  const shift = currencyDigits(reportingCurrency) - currencyDigits(currency);
  const factor = shift >= 0 ? scaled * 10n ** BigInt(shift) : divideRounded(scaled, 10n ** BigInt(-shift));
  return fromScaled(factor, RATE_SCALE);
}

/** A number's plain decimal text (no exponent), as typed: 0.1 → "0.1", 1e-7 → "0.0000001". */
function numberText(n: number): string {
  if (!Number.isFinite(n)) return 'NaN';
  const text = String(n);
  if (!/e/i.test(text)) return text;
  return n.toFixed(20).replace(/\.?0+$/, '');
}
