import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactOption } from '../../hooks/useDeal';
import { useContactOptions, useContactRefs } from '../../hooks/useDeal';

interface ContactSelectProps {
  /** Set by Form.Item. */
  value?: string[];
  onChange?: (value: string[]) => void;
  /** Contacts whose names are already known (those of the deal being edited). */
  known?: ContactOption[];
  'data-testid'?: string;
}

/** Picks contacts with the ranked contact search (names in any script, phones, e-mails, codes). */
export function ContactSelect({ value = [], onChange, known = [], ...rest }: ContactSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { contacts, loading } = useContactOptions(search);
  const listed = new Map([...known, ...contacts].map((contact) => [contact.id, contact]));
  const refs = useContactRefs(value.filter((id) => !listed.has(id)));
  const options = [...new Map([...refs.values(), ...listed.values()].map((contact) => [contact.id, contact])).values()].map(
    (contact) => ({ value: contact.id, label: `${contact.fullName} · ${contact.code}` }),
  );

  return (
    <Select
      mode="multiple"
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={loading}
      value={value}
      onChange={(next: string[]) => onChange?.(next)}
      onOpenChange={(open) => !open && setSearch('')}
      options={options}
      placeholder={t('sales.form.contactsPlaceholder')}
      notFoundContent={search.trim().length < 2 ? t('sales.form.typeToSearch') : undefined}
      data-testid={rest['data-testid']}
    />
  );
}
