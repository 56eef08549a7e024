import { Select } from 'antd';
import { useState } from 'react';
import type { CSSProperties } from 'react';
import type { AccountKind } from '../../graphql/types';
import { useAccountOptions, useAccountRefs } from '../../hooks/useAccountOptions';

interface AccountSelectProps {
  /** Set by Form.Item, or by the caller. */
  value?: string | string[] | null;
  onChange?: (value: string | string[] | null) => void;
  multiple?: boolean;
  /** Offer only accounts of these kinds (e.g. competitors). */
  kinds?: AccountKind[];
  /** Leave this account out (an account cannot be its own parent). */
  excludeId?: string;
  placeholder?: string;
  disabled?: boolean;
  style?: CSSProperties;
  'data-testid'?: string;
}

/** Picks accounts by searching for them by name, INN or code. */
export function AccountSelect(props: AccountSelectProps) {
  const { value, onChange, multiple, kinds, excludeId, placeholder, disabled, style } = props;
  const [search, setSearch] = useState('');
  const { accounts, loading } = useAccountOptions(search, kinds);
  const selected = value == null ? [] : Array.isArray(value) ? value : [value];
  // Chosen accounts that the current search does not list still need their names.
  const refs = useAccountRefs(selected.filter((id) => !accounts.some((account) => account.id === id)));
  const options = [...new Map([...refs.values(), ...accounts].map((account) => [account.id, account])).values()]
    .filter((account) => account.id !== excludeId)
    .map((account) => ({ value: account.id, label: `${account.name} · ${account.code}` }));

  return (
    <Select
      mode={multiple ? 'multiple' : undefined}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={loading}
      value={multiple ? selected : selected[0]}
      onChange={(next: string | string[] | undefined) => onChange?.(next ?? null)}
      onOpenChange={(open) => !open && setSearch('')}
      options={options}
      placeholder={placeholder}
      disabled={disabled}
      popupMatchSelectWidth={false}
      style={style}
      data-testid={props['data-testid']}
    />
  );
}
