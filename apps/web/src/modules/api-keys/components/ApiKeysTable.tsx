import { Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SimpleTable } from '../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../ui/SimpleTable';
import { useFormatters } from '../../../ui/format';
import { toast } from '../../../ui/toast';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import type { ApiKey } from '../graphql/types';
import { useRevokeApiKey } from '../hooks/useRevokeApiKey';

export function ApiKeysTable({ apiKeys }: { apiKeys: ApiKey[] }) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const format = useFormatters();
  const revokeApiKey = useRevokeApiKey();

  const revoke = async (apiKey: ApiKey) => {
    try {
      await revokeApiKey(apiKey.id);
      toast.success(t('apiKeys.revoked', { name: apiKey.name }));
    } catch (error) {
      toast.error(describeError(error));
    }
  };

  const columns: SimpleColumn<ApiKey>[] = [
    { key: 'name', title: t('apiKeys.name'), render: (apiKey) => apiKey.name },
    {
      key: 'prefix',
      title: t('apiKeys.prefix'),
      render: (apiKey) => <Typography.Text code>{apiKey.prefix}…</Typography.Text>,
    },
    {
      key: 'scopes',
      title: t('apiKeys.scopes'),
      render: (apiKey) => (
        <Space size={[0, 4]} wrap>
          {apiKey.scopes.map((scope) => (
            <Tag key={scope}>{scope}</Tag>
          ))}
        </Space>
      ),
    },
    { key: 'owner', title: t('apiKeys.owner'), render: (apiKey) => apiKey.user.name },
    { key: 'createdAt', title: t('apiKeys.createdAt'), render: (apiKey) => format.dateTime(apiKey.createdAt) },
    {
      key: 'lastUsedAt',
      title: t('apiKeys.lastUsedAt'),
      render: (apiKey) => (apiKey.lastUsedAt ? format.dateTime(apiKey.lastUsedAt) : t('apiKeys.neverUsed')),
    },
    {
      key: 'status',
      title: t('apiKeys.status'),
      render: (apiKey) =>
        apiKey.revokedAt ? (
          <Tag color="red">{t('apiKeys.revokedAt', { date: format.dateTime(apiKey.revokedAt) })}</Tag>
        ) : (
          <Tag color="green">{t('apiKeys.active')}</Tag>
        ),
    },
    {
      key: 'actions',
      align: 'right',
      render: (apiKey) =>
        !apiKey.revokedAt && (
          <Popconfirm
            title={t('apiKeys.revokeConfirm', { name: apiKey.name })}
            okText={t('apiKeys.revoke')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => revoke(apiKey)}
          >
            <Button danger size="small" data-testid="revoke-api-key">
              {t('apiKeys.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <SimpleTable
      columns={columns}
      rows={apiKeys}
      rowKey={(apiKey) => apiKey.id}
      rowTestId={() => 'api-key-row'}
      data-testid="api-keys-table"
    />
  );
}
