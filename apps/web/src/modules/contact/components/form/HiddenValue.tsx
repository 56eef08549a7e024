import { EyeInvisibleOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Stands in for a value the viewer is not allowed to read. */
export function HiddenValue({ field }: { field: string }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary" italic data-testid={`${field}-hidden`}>
      <EyeInvisibleOutlined /> {t('contact.hidden')}
    </Typography.Text>
  );
}
