import { EditOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../auth';
import { CompletenessProgress } from '../../../custom-fields';
import { MergeWithButton } from '../../../customer';
import type { AccountDetails } from '../../graphql/types';
import { canDeleteAccounts, canUpdateAccounts } from '../../permissions';
import { DeleteAccountButton } from './DeleteAccountButton';

interface AccountCardHeaderProps {
  account: AccountDetails;
  editing: boolean;
  onEdit: () => void;
}

export function AccountCardHeader({ account, editing, onEdit }: AccountCardHeaderProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Flex justify="space-between" align="start" wrap gap={16}>
      <Flex gap={16} align="center">
        <CompletenessProgress percent={account.completeness} />
        <Flex vertical gap={4}>
          {/* The customer code is what staff read out on the phone, hence large and copyable. */}
          <Typography.Title
            level={2}
            copyable={{ text: account.code, tooltips: [t('common.copy'), t('common.copied')] }}
            style={{ margin: 0, fontFamily: 'monospace' }}
            data-testid="account-code"
          >
            {account.code}
          </Typography.Title>
          <Flex gap={8} align="center" wrap>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="account-name">
              {account.name}
            </Typography.Title>
            {account.kinds.map((kind) => (
              <Tag key={kind} color="blue">
                {t(`account.kind.${kind}`)}
              </Tag>
            ))}
          </Flex>
          {account.legalName && <Typography.Text type="secondary">{account.legalName}</Typography.Text>}
        </Flex>
      </Flex>
      <Flex gap={8} wrap>
        {!editing && <MergeWithButton entityType="account" recordId={account.id} />}
        {!editing && canUpdateAccounts(user) && (
          <Button icon={<EditOutlined />} onClick={onEdit} data-testid="edit-account">
            {t('common.edit')}
          </Button>
        )}
        {canDeleteAccounts(user) && <DeleteAccountButton account={account} />}
      </Flex>
    </Flex>
  );
}
