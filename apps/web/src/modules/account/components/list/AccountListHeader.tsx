import { ImportOutlined, LineChartOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormatters } from '../../../../ui/format';
import { useCurrentUser } from '../../../auth';
import type { AccountFilter, AccountOrderBy } from '../../graphql/types';
import { useAccountTotal } from '../../hooks/useAccountList';
import { ACCOUNT_IMPORT_PATH, METRIC_IMPORT_PATH, NEW_ACCOUNT_PATH } from '../../paths';
import { canCreateAccounts, canImportAccounts } from '../../permissions';

export function AccountListHeader({ filter, orderBy }: { filter: AccountFilter; orderBy: AccountOrderBy }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormatters();
  const user = useCurrentUser();
  const total = useAccountTotal(filter, orderBy);

  return (
    <Flex justify="space-between" align="center" wrap gap={8}>
      <Flex align="baseline" gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('account.list.title')}
        </Typography.Title>
        {total !== undefined && (
          <Typography.Text type="secondary" data-testid="accounts-total">
            {t('account.list.total', { total: format.number(total) })}
          </Typography.Text>
        )}
      </Flex>
      <Flex gap={8} wrap>
        {canImportAccounts(user) && (
          <>
            <Button icon={<ImportOutlined />} onClick={() => navigate(ACCOUNT_IMPORT_PATH)} data-testid="import-accounts">
              {t('account.list.import')}
            </Button>
            <Button icon={<LineChartOutlined />} onClick={() => navigate(METRIC_IMPORT_PATH)} data-testid="import-metrics">
              {t('account.list.importMetrics')}
            </Button>
          </>
        )}
        {canCreateAccounts(user) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(NEW_ACCOUNT_PATH)} data-testid="new-account">
            {t('account.list.newAccount')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
