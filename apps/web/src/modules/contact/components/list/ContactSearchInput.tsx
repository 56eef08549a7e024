import { Input } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../../ui/useDebouncedValue';

const SEARCH_DELAY_MS = 300;

interface ContactSearchInputProps {
  value: string;
  onSearch: (search: string) => void;
}

/** Searches as the user types, once typing pauses, without losing keystrokes to the URL round trip. */
export function ContactSearchInput({ value, onSearch }: ContactSearchInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const debouncedText = useDebouncedValue(text, SEARCH_DELAY_MS);
  const lastSearched = useRef(value);

  useEffect(() => {
    if (debouncedText === lastSearched.current) return;
    lastSearched.current = debouncedText;
    onSearch(debouncedText);
  }, [debouncedText, onSearch]);

  // A change that did not come from typing here (back button, "reset filters") replaces the text.
  useEffect(() => {
    if (value === lastSearched.current) return;
    lastSearched.current = value;
    setText(value);
  }, [value]);

  return (
    <Input.Search
      allowClear
      value={text}
      onChange={(event) => setText(event.target.value)}
      onSearch={setText}
      placeholder={t('contact.list.searchPlaceholder')}
      style={{ width: 320 }}
      data-testid="contacts-search"
    />
  );
}
