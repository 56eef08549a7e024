import { Select } from 'antd';
import { useState } from 'react';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useProductOptions } from '../../hooks/useCatalog';

export interface ProductOption {
  id: string;
  sku: string;
  name: string;
}

interface ProductSelectProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Products already chosen (the deal's lines), so that their names show without a search. */
  known?: ProductOption[];
  allowClear?: boolean;
  placeholder?: string;
  style?: CSSProperties;
  'data-testid'?: string;
}

/** Picks an active product by name or SKU. */
export function ProductSelect({ value, onChange, known = [], allowClear, placeholder, style, ...rest }: ProductSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { products, loading } = useProductOptions(search);
  const options = [...new Map([...known, ...products].map((product) => [product.id, product])).values()].map((product) => ({
    value: product.id,
    label: `${product.name} · ${product.sku}`,
  }));
  return (
    <Select
      allowClear={allowClear}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={loading}
      value={value ?? undefined}
      onChange={(next?: string) => onChange?.(next ?? null)}
      onOpenChange={(open) => !open && setSearch('')}
      options={options}
      placeholder={placeholder ?? t('sales.lines.productPlaceholder')}
      popupMatchSelectWidth={false}
      style={style ?? { width: '100%' }}
      data-testid={rest['data-testid']}
    />
  );
}
