import { Typography } from 'antd';
import type { CustomField } from '../graphql/types';
import { useCustomValueText } from '../hooks/useCustomValueText';
import type { RawCustomValue } from '../value-model';

/** One value on a card: web addresses, e-mails and phones are links. */
export function CustomValue({ field, value }: { field: CustomField; value: RawCustomValue | undefined }) {
  const valueText = useCustomValueText();
  const text = valueText(field, value);
  if (!text) return <Typography.Text type="secondary">—</Typography.Text>;
  switch (field.type) {
    case 'URL':
      return (
        <a href={String(value)} target="_blank" rel="noreferrer noopener">
          {text}
        </a>
      );
    case 'EMAIL':
      return <a href={`mailto:${String(value)}`}>{text}</a>;
    case 'PHONE':
      return <a href={`tel:${String(value)}`}>{text}</a>;
    default:
      return <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span>;
  }
}
