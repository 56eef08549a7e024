import { DatePicker, Flex, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useDateInputFormats } from '../../../../ui/date-input';
import { minorDigits, toMajor, toMinor } from '../../../../ui/money';
import { AccountSelect } from '../../../account';
import { useOwnerOptions, useTerritoryOptions } from '../../../directory';
import { LIST_OPS, VALUELESS_OPS } from '../../criteria-model';
import type { CriteriaField } from '../../graphql/types';
import { useCatalogText } from './useCatalogText';

const API_DATE = 'YYYY-MM-DD';
/** ID fields that point at accounts. */
const ACCOUNT_ID_FIELDS = new Set(['parentId', 'competitorIds']);

interface CriteriaValueInputProps {
  field: CriteriaField;
  op: string;
  value: unknown;
  onChange: (value: unknown) => void;
  /** A money field's currency: values are entered in major units and kept in minor ones. */
  currency: string | null;
  disabled: boolean;
}

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asNumber = (value: unknown) => (typeof value === 'number' ? value : null);
const asDate = (value: unknown) => (typeof value === 'string' && value ? dayjs(value) : null);

function IdSelect({ field, multiple, value, onChange, disabled }: {
  field: CriteriaField;
  multiple: boolean;
  value: unknown;
  onChange: (value: unknown) => void;
  disabled: boolean;
}) {
  const owners = useOwnerOptions();
  const territories = useTerritoryOptions();
  if (ACCOUNT_ID_FIELDS.has(field.key)) {
    return (
      <AccountSelect
        multiple={multiple}
        value={value as string | string[] | undefined}
        onChange={onChange}
        disabled={disabled}
        data-testid="criteria-value"
      />
    );
  }
  const options = field.key === 'territoryId' ? territories : owners;
  return (
    <Select
      mode={multiple ? 'multiple' : undefined}
      showSearch={{ optionFilterProp: 'label' }}
      options={options.options}
      loading={options.loading}
      value={value as string | string[] | undefined}
      onChange={onChange}
      disabled={disabled}
      style={{ width: '100%' }}
      data-testid="criteria-value"
    />
  );
}

/** The value of a condition, with the input its field type and operator need. */
export function CriteriaValueInput({ field, op, value, onChange, currency, disabled }: CriteriaValueInputProps) {
  const { t } = useTranslation();
  const text = useCatalogText();
  const dateFormats = useDateInputFormats();
  if (VALUELESS_OPS.has(op)) return null;

  const multiple = LIST_OPS.has(op);
  const common = { disabled, style: { width: '100%' }, 'data-testid': 'criteria-value' };

  if (field.type === null) return <IdSelect field={field} multiple={multiple} value={value} onChange={onChange} disabled={disabled} />;

  switch (field.type) {
    case 'BOOLEAN':
      return (
        <Select
          {...common}
          value={typeof value === 'boolean' ? value : undefined}
          onChange={onChange}
          options={[
            { value: true, label: t('common.yes') },
            { value: false, label: t('common.no') },
          ]}
        />
      );
    case 'SELECT':
    case 'MULTI_SELECT':
      return (
        <Select
          {...common}
          mode={multiple ? 'multiple' : undefined}
          value={value as string | string[] | undefined}
          onChange={onChange}
          options={field.options.map((option) => ({ value: option.key, label: text.option(field, option) }))}
        />
      );
    case 'NUMBER':
    case 'MONEY': {
      const money = field.type === 'MONEY';
      const toInput = (stored: unknown) => {
        const number = asNumber(stored);
        return number !== null && money ? toMajor(number, currency) : number;
      };
      const toStored = (entered: number | null) => (entered !== null && money ? toMinor(entered, currency) : entered);
      const numberInput = (stored: unknown, change: (next: number | null) => void, testId = 'criteria-value') => (
        <InputNumber
          disabled={disabled}
          value={toInput(stored)}
          onChange={(entered) => change(toStored(entered))}
          precision={money ? minorDigits(currency) : undefined}
          suffix={money ? (currency ?? undefined) : undefined}
          style={{ width: '100%' }}
          data-testid={testId}
        />
      );
      if (op === 'BETWEEN') {
        const [from, to] = asArray(value);
        return (
          <Flex gap={4} align="center">
            {numberInput(from, (next) => onChange([next, to ?? null]), 'criteria-value-from')}
            —
            {numberInput(to, (next) => onChange([from ?? null, next]), 'criteria-value-to')}
          </Flex>
        );
      }
      if (multiple) {
        return (
          <Select
            {...common}
            mode="tags"
            open={false}
            tokenSeparators={[',', ' ', ';']}
            value={asArray(value).map((stored) => String(toInput(stored)))}
            onChange={(entered: string[]) =>
              onChange(entered.map(Number).filter(Number.isFinite).map((number) => toStored(number)))
            }
          />
        );
      }
      return numberInput(value, onChange);
    }
    case 'DATE': {
      if (op === 'BETWEEN') {
        const [from, to] = asArray(value);
        return (
          <DatePicker.RangePicker
            {...common}
            format={dateFormats}
            value={[asDate(from), asDate(to)]}
            onChange={(range) => onChange(range ? range.map((day) => day?.format(API_DATE) ?? null) : undefined)}
          />
        );
      }
      return (
        <DatePicker
          {...common}
          format={dateFormats}
          value={asDate(value)}
          onChange={(day: Dayjs | null) => onChange(day ? day.format(API_DATE) : undefined)}
        />
      );
    }
    default:
      if (multiple) {
        return (
          <Select
            {...common}
            mode="tags"
            open={false}
            tokenSeparators={[',', ';']}
            value={asArray(value).map(String)}
            onChange={onChange}
          />
        );
      }
      return <Input {...common} value={typeof value === 'string' ? value : ''} onChange={(event) => onChange(event.target.value)} />;
  }
}
