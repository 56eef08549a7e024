import { Checkbox, Tag, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactListItem } from '../../graphql/types';
import styles from './ContactList.module.css';

const VISIBLE_TAGS = 3;

interface ContactRowProps {
  contact: ContactListItem;
  selected: boolean;
  style: CSSProperties;
  formatPhone: (e164: string) => string;
  onOpen: (contact: ContactListItem) => void;
  onToggleSelected: (contactId: string) => void;
}

export function ContactRow({ contact, selected, style, formatPhone, onOpen, onToggleSelected }: ContactRowProps) {
  const { t } = useTranslation();
  const hidden = new Set(contact.hiddenFields);
  const hiddenValue = <Typography.Text type="secondary">{t('contact.hidden')}</Typography.Text>;
  const [primaryPhone] = contact.phones;
  const [primaryEmail] = contact.emails;
  const extraTags = contact.tags.length - VISIBLE_TAGS;

  return (
    <div
      role="row"
      tabIndex={0}
      className={styles.row}
      style={style}
      onClick={() => onOpen(contact)}
      onKeyDown={(event) => event.key === 'Enter' && onOpen(contact)}
      data-testid="contact-row"
      data-contact-id={contact.id}
    >
      {/* The checkbox selects for a static group; it must not also open the card. */}
      <span role="cell" onClick={(event) => event.stopPropagation()}>
        <Checkbox
          checked={selected}
          onChange={() => onToggleSelected(contact.id)}
          aria-label={t('contact.list.select', { name: contact.fullName })}
          data-testid="contact-row-select"
        />
      </span>
      <span role="cell">
        <Typography.Text code>{contact.code}</Typography.Text>
      </span>
      <span role="cell" title={contact.fullName}>
        {contact.fullName}
      </span>
      <span role="cell">{hidden.has('phones') ? hiddenValue : primaryPhone && formatPhone(primaryPhone.number)}</span>
      <span role="cell" title={primaryEmail?.address}>
        {hidden.has('emails') ? hiddenValue : primaryEmail?.address}
      </span>
      <span role="cell" title={contact.company ?? undefined}>
        {hidden.has('company') ? hiddenValue : contact.company}
      </span>
      <span role="cell">{contact.owner.name}</span>
      <span role="cell">
        {contact.tags.slice(0, VISIBLE_TAGS).map((tag) => (
          <Tag key={tag}>{tag}</Tag>
        ))}
        {extraTags > 0 && <Tag>+{extraTags}</Tag>}
      </span>
    </div>
  );
}
