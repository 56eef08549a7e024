import { StarFilled } from '@ant-design/icons';
import { Empty, Flex, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SimpleTable } from '../../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../../ui/SimpleTable';
import { contactPath } from '../../../contact';
import type { DealContact, DealDetails } from '../../graphql/types';

export function DealContactsView({ deal }: { deal: DealDetails }) {
  const { t } = useTranslation();
  if (deal.contacts.length === 0) return <Empty description={t('sales.card.noContacts')} data-testid="deal-contacts-empty" />;
  const columns: SimpleColumn<DealContact>[] = [
    {
      key: 'contact',
      title: t('sales.fields.contacts'),
      render: (link) => (
        <Flex gap={6} align="center">
          {link.isPrimary && (
            <Tooltip title={t('sales.card.primaryContact')}>
              <StarFilled style={{ color: '#faad14' }} aria-label={t('sales.card.primaryContact')} />
            </Tooltip>
          )}
          {link.contact ? <Link to={contactPath(link.contactId)}>{link.contact.fullName}</Link> : t('sales.card.hiddenContact')}
        </Flex>
      ),
    },
    { key: 'role', title: t('sales.card.contactRole'), render: (link) => link.role },
  ];
  return (
    <SimpleTable columns={columns} rows={deal.contacts} rowKey={(link) => link.contactId} rowTestId={() => 'deal-contact-row'} data-testid="deal-contacts" />
  );
}
