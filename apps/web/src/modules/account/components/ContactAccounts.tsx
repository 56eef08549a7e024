import { StarFilled } from '@ant-design/icons';
import { Empty, Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InlineError } from '../../../ui/InlineError';
import { LoadingState } from '../../../ui/LoadingState';
import { SimpleTable } from '../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../ui/SimpleTable';
import type { ContactAccountLink } from '../graphql/types';
import { useContactAccounts } from '../hooks/useAccountContacts';
import { accountPath } from '../paths';

/** The contact card's Accounts tab: where the person works or what they are linked to. */
export function ContactAccounts({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const { links, loading, error, retry } = useContactAccounts(contactId);

  const columns: SimpleColumn<ContactAccountLink>[] = [
    {
      key: 'account',
      title: t('account.contactAccounts.account'),
      render: (link) => (
        <Flex gap={6} align="center">
          {link.isPrimary && (
            <Tooltip title={t('account.contacts.primary')}>
              <StarFilled style={{ color: '#faad14' }} aria-label={t('account.contacts.primary')} />
            </Tooltip>
          )}
          {link.account ? <Link to={accountPath(link.accountId)}>{link.account.name}</Link> : link.accountId}
        </Flex>
      ),
    },
    { key: 'code', title: t('account.fields.code'), render: (link) => link.account && <Typography.Text code>{link.account.code}</Typography.Text> },
    { key: 'role', title: t('account.contacts.role'), render: (link) => link.role },
    { key: 'position', title: t('account.contacts.position'), render: (link) => link.position },
  ];

  const list = () => {
    if (loading) return <LoadingState />;
    if (error) return <InlineError error={error} onRetry={retry} />;
    if (links.length === 0) return <Empty description={t('account.contactAccounts.empty')} data-testid="contact-accounts-empty" />;
    return (
      <SimpleTable
        columns={columns}
        rows={links}
        rowKey={(link) => link.accountId}
        rowTestId={() => 'contact-account-row'}
        data-testid="contact-accounts"
      />
    );
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Text type="secondary">{t('account.contactAccounts.hint')}</Typography.Text>
      {list()}
    </Flex>
  );
}
