/** Digits after the decimal point of a currency's minor unit: 2 for RUB and USD, 0 for JPY. */
export function minorDigits(currency: string | null | undefined): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: currency ?? 'RUB' }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  } catch {
    // Not an ISO 4217 code: treat it like most currencies.
    return 2;
  }
}

/** The API keeps money in minor units (kopecks, cents); people type and read major units. */
export function toMajor(minor: number, currency: string | null | undefined): number {
  return minor / 10 ** minorDigits(currency);
}

export function toMinor(major: number, currency: string | null | undefined): number {
  return Math.round(major * 10 ** minorDigits(currency));
}
