import { DisconnectOutlined, EditOutlined, LinkOutlined, StarFilled } from '@ant-design/icons';
import { Button, Empty, Flex, Popconfirm, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { SimpleTable } from '../../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../../ui/SimpleTable';
import { useFormatters } from '../../../../ui/format';
import { toast } from '../../../../ui/toast';
import { useErrorMessage } from '../../../../ui/useErrorMessage';
import { usePhoneFormatter } from '../../../../ui/usePhoneFormatter';
import { contactPath } from '../../../contact';
import type { AccountContactLink } from '../../graphql/types';
import { useAccountContacts, useUnlinkContact } from '../../hooks/useAccountContacts';
import { LinkContactModal } from './LinkContactModal';

export function AccountContacts({ accountId, canEdit }: { accountId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const formatPhone = usePhoneFormatter();
  const describeError = useErrorMessage();
  const { links, loading, error, retry } = useAccountContacts(accountId);
  const unlink = useUnlinkContact(accountId);
  // undefined: no modal; null: link a new contact.
  const [editing, setEditing] = useState<AccountContactLink | null | undefined>(undefined);

  const remove = (link: AccountContactLink) => {
    unlink(link.contactId)
      .then(() => toast.success(t('account.contacts.unlinked', { name: link.contact?.fullName ?? '' })))
      .catch((failure: unknown) => toast.error(describeError(failure)));
  };

  const columns: SimpleColumn<AccountContactLink>[] = [
    {
      key: 'name',
      title: t('contact.fields.fullName'),
      render: (link) => (
        <Flex gap={6} align="center">
          {link.isPrimary && (
            <Tooltip title={t('account.contacts.primary')}>
              <StarFilled style={{ color: '#faad14' }} aria-label={t('account.contacts.primary')} />
            </Tooltip>
          )}
          {link.contact ? <Link to={contactPath(link.contactId)}>{link.contact.fullName}</Link> : link.contactId}
        </Flex>
      ),
    },
    { key: 'role', title: t('account.contacts.role'), render: (link) => link.role },
    { key: 'position', title: t('account.contacts.position'), render: (link) => link.position },
    {
      key: 'phone',
      title: t('contact.fields.phone'),
      render: (link) => link.contact?.phones[0] && formatPhone(link.contact.phones[0].number),
    },
    { key: 'email', title: t('contact.fields.email'), render: (link) => link.contact?.emails[0]?.address },
    { key: 'since', title: t('account.contacts.since'), render: (link) => link.since && format.date(link.since) },
    {
      key: 'actions',
      align: 'right',
      render: (link) =>
        canEdit && (
          <Flex gap={4} justify="flex-end">
            <Tooltip title={t('common.edit')}>
              <Button
                type="text"
                icon={<EditOutlined />}
                onClick={() => setEditing(link)}
                aria-label={t('common.edit')}
                data-testid="edit-link"
              />
            </Tooltip>
            <Popconfirm
              title={t('account.contacts.unlinkConfirm', { name: link.contact?.fullName ?? '' })}
              okText={t('account.contacts.unlink')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => remove(link)}
            >
              <Tooltip title={t('account.contacts.unlink')}>
                <Button
                  type="text"
                  danger
                  icon={<DisconnectOutlined />}
                  aria-label={t('account.contacts.unlink')}
                  data-testid="unlink-contact"
                />
              </Tooltip>
            </Popconfirm>
          </Flex>
        ),
    },
  ];

  const list = () => {
    if (loading) return <LoadingState />;
    if (error) return <InlineError error={error} onRetry={retry} />;
    if (links.length === 0) return <Empty description={t('account.contacts.empty')} />;
    return (
      <SimpleTable
        columns={columns}
        rows={links}
        rowKey={(link) => link.contactId}
        rowTestId={() => 'account-contact-row'}
        data-testid="account-contacts"
      />
    );
  };

  return (
    <Flex vertical gap={16}>
      {canEdit && (
        <Button
          icon={<LinkOutlined />}
          onClick={() => setEditing(null)}
          style={{ alignSelf: 'flex-start' }}
          data-testid="link-contact"
        >
          {t('account.contacts.link')}
        </Button>
      )}
      <Typography.Text type="secondary">{t('account.contacts.hint')}</Typography.Text>
      {list()}
      {editing !== undefined && (
        <LinkContactModal accountId={accountId} link={editing} onClose={() => setEditing(undefined)} />
      )}
    </Flex>
  );
}
