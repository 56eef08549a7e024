import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

interface Formatters {
  /** DateTime scalar (ISO instant) in the viewer's time zone. */
  dateTime(iso: string): string;
  /** Date scalar (YYYY-MM-DD): a calendar day, so it must not shift with the time zone. */
  date(isoDate: string): string;
  number(value: number): string;
  fileSize(bytes: number): string;
  monthName(month: number): string;
  languageName(code: string): string;
}

export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const monthFormat = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    const numberFormat = new Intl.NumberFormat(locale);
    const languageNames = new Intl.DisplayNames([locale], { type: 'language' });
    const unitFormat = (unit: string) =>
      new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });
    const sizeUnits = [
      { unit: 'megabyte', bytes: 1024 * 1024 },
      { unit: 'kilobyte', bytes: 1024 },
      { unit: 'byte', bytes: 1 },
    ];
    return {
      dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
      date: (isoDate) => dateFormat.format(new Date(`${isoDate}T00:00:00Z`)),
      number: (value) => numberFormat.format(value),
      fileSize: (bytes) => {
        const { unit, bytes: unitBytes } = sizeUnits.find((candidate) => bytes >= candidate.bytes) ?? sizeUnits[2];
        return unitFormat(unit).format(bytes / unitBytes);
      },
      monthName: (month) => monthFormat.format(Date.UTC(2000, month - 1, 1)),
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
