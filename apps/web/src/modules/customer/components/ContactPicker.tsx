import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContactSearch } from '../hooks/useContactSearch';

interface ContactPickerProps {
  value: string | null;
  onChange: (contactId: string | null) => void;
  /** The contact being merged into: not offered. */
  excludeId: string;
}

/** Finds a contact by name, phone, e-mail or code. */
export function ContactPicker({ value, onChange, excludeId }: ContactPickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const search = useContactSearch(query);
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQuery }}
      allowClear
      value={value}
      onChange={(next?: string) => onChange(next ?? null)}
      loading={search.loading}
      options={search.contacts
        .filter((contact) => contact.id !== excludeId)
        .map((contact) => ({ value: contact.id, label: [contact.fullName, contact.company, contact.code].filter(Boolean).join(' · ') }))}
      placeholder={t('customer.mergeWith.contactPlaceholder')}
      notFoundContent={query.trim().length < 2 ? t('customer.mergeWith.typeToSearch') : undefined}
      style={{ width: '100%' }}
      data-testid="merge-with-select"
    />
  );
}
