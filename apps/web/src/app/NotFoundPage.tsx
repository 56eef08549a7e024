import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Flex vertical align="center" gap={12} style={{ padding: 48 }} data-testid="not-found">
      <h2>{t('errors.pageNotFound')}</h2>
      <Button type="primary" onClick={() => void navigate('/')}>
        {t('common.home')}
      </Button>
    </Flex>
  );
}
