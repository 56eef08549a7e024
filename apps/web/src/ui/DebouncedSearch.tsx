import { Input } from 'antd';
import type { CSSProperties } from 'react';
import { useEffect, useRef, useState } from 'react';
import { useDebouncedValue } from './useDebouncedValue';

const DELAY_MS = 300;

interface DebouncedSearchProps {
  value: string;
  onSearch: (text: string) => void;
  placeholder: string;
  style?: CSSProperties;
  'data-testid'?: string;
}

/** Searches as the user types, once typing pauses, without losing keystrokes to the URL round trip. */
export function DebouncedSearch({ value, onSearch, placeholder, style, ...rest }: DebouncedSearchProps) {
  const [text, setText] = useState(value);
  const debouncedText = useDebouncedValue(text, DELAY_MS);
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
      placeholder={placeholder}
      style={style}
      data-testid={rest['data-testid']}
    />
  );
}
