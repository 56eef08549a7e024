import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useDateInputFormats } from '../../../ui/date-input';

interface PeriodPickerProps {
  from?: string;
  to?: string;
  onChange: (period: { from?: string; to?: string }) => void;
  allowClear?: boolean;
  'data-testid'?: string;
}

const toIso = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : undefined);

/** A from–to range of calendar days (Date scalars). */
export function PeriodPicker({ from, to, onChange, allowClear = true, ...rest }: PeriodPickerProps) {
  const { t } = useTranslation();
  const formats = useDateInputFormats();
  return (
    <DatePicker.RangePicker
      format={formats}
      allowClear={allowClear}
      allowEmpty={[true, true]}
      placeholder={[t('sales.period.from'), t('sales.period.to')]}
      value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
      onChange={(range) => onChange({ from: toIso(range?.[0]), to: toIso(range?.[1]) })}
      data-testid={rest['data-testid']}
    />
  );
}
