import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { ApiError } from '../../../ui/api-errors';
import { useCurrentUser } from '../../auth';
import { ApiKeySecretModal } from '../components/ApiKeySecretModal';
import { ApiKeysTable } from '../components/ApiKeysTable';
import { CreateApiKeyModal } from '../components/CreateApiKeyModal';
import { useApiKeys } from '../hooks/useApiKeys';
import { canManageApiKeys } from '../permissions';

function ApiKeysContent() {
  const { t } = useTranslation();
  const { apiKeys, loading, error, retry } = useApiKeys();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);

  const content = () => {
    if (loading) return <LoadingState />;
    if (error) return <ErrorState error={error} onRetry={retry} />;
    if (apiKeys.length === 0) return <Empty description={t('apiKeys.empty')} />;
    return <ApiKeysTable apiKeys={apiKeys} />;
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('apiKeys.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-api-key">
          {t('apiKeys.create')}
        </Button>
      </Flex>
      {content()}
      <CreateApiKeyModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(newSecret) => {
          setCreating(false);
          setSecret(newSecret);
        }}
      />
      <ApiKeySecretModal secret={secret} onClose={() => setSecret(null)} />
    </Flex>
  );
}

export default function ApiKeysPage() {
  const user = useCurrentUser();
  if (!canManageApiKeys(user)) return <ErrorState error={new ApiError('FORBIDDEN', '')} />;
  return <ApiKeysContent />;
}
