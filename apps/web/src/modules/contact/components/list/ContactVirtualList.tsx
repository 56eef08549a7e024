import { Checkbox, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { VirtualTable } from '../../../../ui/VirtualTable';
import type { VirtualColumn } from '../../../../ui/VirtualTable';
import { usePhoneFormatter } from '../../../../ui/usePhoneFormatter';
import { useCustomListColumns } from '../../../custom-fields';
import type { CustomField } from '../../../custom-fields';
import type { ContactListItem } from '../../graphql/types';
import { contactPath } from '../../paths';

const VISIBLE_TAGS = 3;

interface ContactVirtualListProps {
  contacts: ContactListItem[];
  hasNextPage: boolean;
  loadingMore: boolean;
  loadMoreError: unknown;
  onLoadMore: () => void;
  selectedIds: ReadonlySet<string>;
  onToggleSelected: (contactId: string) => void;
  customColumns: CustomField[];
}

export function ContactVirtualList(props: ContactVirtualListProps) {
  const { contacts, selectedIds, onToggleSelected, customColumns, ...paging } = props;
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formatPhone = usePhoneFormatter();
  const custom = useCustomListColumns<ContactListItem>(customColumns, (contact) => contact.customFields);

  const hiddenValue = <Typography.Text type="secondary">{t('contact.hidden')}</Typography.Text>;
  /** The value, or "hidden" when the viewer may not read the field. */
  const unlessHidden = (contact: ContactListItem, field: string, value: ReactNode) =>
    contact.hiddenFields.includes(field) ? hiddenValue : value;

  const columns: VirtualColumn<ContactListItem>[] = [
    {
      key: 'select',
      title: '',
      width: '40px',
      minWidth: 40,
      // The checkbox selects for a static group; it must not also open the card.
      render: (contact) => (
        <span onClick={(event) => event.stopPropagation()}>
          <Checkbox
            checked={selectedIds.has(contact.id)}
            onChange={() => onToggleSelected(contact.id)}
            aria-label={t('contact.list.select', { name: contact.fullName })}
            data-testid="contact-row-select"
          />
        </span>
      ),
    },
    {
      key: 'code',
      title: t('contact.fields.code'),
      width: '120px',
      minWidth: 120,
      render: (contact) => <Typography.Text code>{contact.code}</Typography.Text>,
    },
    {
      key: 'fullName',
      title: t('contact.fields.fullName'),
      width: 'minmax(180px, 2fr)',
      minWidth: 180,
      render: (contact) => contact.fullName,
      hint: (contact) => contact.fullName,
    },
    {
      key: 'phone',
      title: t('contact.fields.phone'),
      width: '170px',
      minWidth: 170,
      render: (contact) => unlessHidden(contact, 'phones', contact.phones[0] && formatPhone(contact.phones[0].number)),
    },
    {
      key: 'email',
      title: t('contact.fields.email'),
      width: 'minmax(180px, 1.5fr)',
      minWidth: 180,
      render: (contact) => unlessHidden(contact, 'emails', contact.emails[0]?.address),
      hint: (contact) => contact.emails[0]?.address,
    },
    {
      key: 'company',
      title: t('contact.fields.company'),
      width: 'minmax(140px, 1fr)',
      minWidth: 140,
      render: (contact) => unlessHidden(contact, 'company', contact.company),
      hint: (contact) => contact.company ?? undefined,
    },
    {
      key: 'owner',
      title: t('contact.fields.owner'),
      width: 'minmax(120px, 1fr)',
      minWidth: 120,
      render: (contact) => contact.owner.name,
    },
    {
      key: 'tags',
      title: t('contact.fields.tags'),
      width: 'minmax(140px, 1fr)',
      minWidth: 140,
      render: (contact) => (
        <>
          {contact.tags.slice(0, VISIBLE_TAGS).map((tag) => (
            <Tag key={tag}>{tag}</Tag>
          ))}
          {contact.tags.length > VISIBLE_TAGS && <Tag>+{contact.tags.length - VISIBLE_TAGS}</Tag>}
        </>
      ),
    },
    ...custom,
  ];

  return (
    <VirtualTable
      {...paging}
      columns={columns}
      rows={contacts}
      rowKey={(contact) => contact.id}
      onOpen={(contact) => void navigate(contactPath(contact.id))}
      testId="contact-list"
      rowTestId="contact-row"
    />
  );
}
