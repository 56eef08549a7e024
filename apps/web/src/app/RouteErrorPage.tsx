import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';

/** Render errors and failed page chunks (e.g. after a deploy) end here; a reload fixes the latter. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical align="center" gap={12} style={{ padding: 48 }}>
      <h2>{t('errors.title')}</h2>
      <p>{t('errors.pageFailed')}</p>
      <Button type="primary" onClick={() => window.location.reload()}>
        {t('common.reload')}
      </Button>
    </Flex>
  );
}
