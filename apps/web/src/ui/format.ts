import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toMajor } from './money';

interface Formatters {
  /** DateTime scalar (ISO instant) in the viewer's time zone. */
  dateTime(iso: string): string;
  /** Date scalar (YYYY-MM-DD): a calendar day, so it must not shift with the time zone. */
  date(isoDate: string): string;
  number(value: number): string;
  /** A share from 0 to 1, e.g. 0.92 → "92 %". */
  percent(fraction: number): string;
  /** An amount in minor units (kopecks, cents), e.g. 12 345,67 ₽; without a currency just the number. */
  money(minor: number, currency: string | null | undefined): string;
  fileSize(bytes: number): string;
  monthName(month: number): string;
  /** A month of a Date scalar (YYYY-MM-DD or YYYY-MM), e.g. "Jan 2025". */
  yearMonth(isoDate: string): string;
  languageName(code: string): string;
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const monthFormat = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    const yearMonthFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const numberFormat = new Intl.NumberFormat(locale);
    const percentFormat = new Intl.NumberFormat(locale, { style: 'percent' });
    const languageNames = new Intl.DisplayNames([locale], { type: 'language' });
    const unitFormat = (unit: string) =>
      new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });
    const moneyFormats = new Map<string, Intl.NumberFormat>();
    const moneyFormat = (currency: string | null | undefined) => {
      const code = currency ?? '';
      let found = moneyFormats.get(code);
      if (!found) {
        try {
          found = new Intl.NumberFormat(locale, { style: 'currency', currency: code });
        } catch {
          // No (valid) currency: the amount alone.
          found = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        }
        moneyFormats.set(code, found);
      }
      return found;
    };
    const sizeUnits = [
      { unit: 'megabyte', bytes: 1024 * 1024 },
      { unit: 'kilobyte', bytes: 1024 },
      { unit: 'byte', bytes: 1 },
    ];
    return {
      dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
      date: (isoDate) => dateFormat.format(new Date(`${isoDate}T00:00:00Z`)),
      number: (value) => numberFormat.format(value),
      percent: (fraction) => percentFormat.format(fraction),
      money: (minor, currency) => moneyFormat(currency).format(toMajor(minor, currency)),
      fileSize: (bytes) => {
        const { unit, bytes: unitBytes } = sizeUnits.find((candidate) => bytes >= candidate.bytes) ?? sizeUnits[2];
        return unitFormat(unit).format(bytes / unitBytes);
      },
      monthName: (month) => monthFormat.format(Date.UTC(2000, month - 1, 1)),
      yearMonth: (isoDate) => yearMonthFormat.format(new Date(`${isoDate.slice(0, 7)}-01T00:00:00Z`)),
      languageName: (code) => {
        try {
          return languageNames.of(code) ?? code;
        } catch {
          // Free-text language values that are not BCP 47 tags are shown as entered.
          return code;
        }
      },
    };
  }, [locale]);
}
