import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../ui/format';
import { usePhoneFormatter } from '../../../ui/usePhoneFormatter';
import type { CustomField } from '../graphql/types';
import type { RawCustomValue } from '../value-model';

/** A stored value as a person reads it: money with its currency, options by label, yes / no. */
export function useCustomValueText(): (field: CustomField, raw: unknown) => string {
  const { t } = useTranslation();
  const format = useFormatters();
  const formatPhone = usePhoneFormatter();
  return useCallback(
    (field: CustomField, raw: unknown) => {
      const value = raw as RawCustomValue | undefined;
      if (value === null || value === undefined) return '';
      const optionLabel = (key: string) => field.options.find((option) => option.key === key)?.label ?? key;
      switch (field.type) {
        case 'NUMBER':
          return typeof value === 'number' ? format.number(value) : String(value);
        case 'MONEY':
          return typeof value === 'number' ? format.money(value, field.currency) : String(value);
        case 'DATE':
          return typeof value === 'string' ? format.date(value) : String(value);
        case 'BOOLEAN':
          return value ? t('common.yes') : t('common.no');
        case 'SELECT':
          return optionLabel(String(value));
        case 'MULTI_SELECT':
          return Array.isArray(value) ? value.map(optionLabel).join(', ') : String(value);
        case 'PHONE':
          return formatPhone(String(value));
        default:
          return String(value);
      }
    },
    [format, formatPhone, t],
  );
}
