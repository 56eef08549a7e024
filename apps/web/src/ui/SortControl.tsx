import { SortAscendingOutlined, SortDescendingOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

export type SortDirection = 'ASC' | 'DESC';

interface SortControlProps {
  options: { value: string; label: string }[];
  value: string;
  direction: SortDirection;
  onChange: (value: string, direction: SortDirection) => void;
}

/** What a list is sorted by, and which way. */
export function SortControl({ options, value, direction, onChange }: SortControlProps) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} align="center">
      <Select
        value={value}
        onChange={(next: string) => onChange(next, direction)}
        options={options}
        popupMatchSelectWidth={false}
        style={{ minWidth: 150 }}
        data-testid="sort-field"
      />
      <Tooltip title={direction === 'ASC' ? t('sort.ascending') : t('sort.descending')}>
        <Button
          icon={direction === 'ASC' ? <SortAscendingOutlined /> : <SortDescendingOutlined />}
          onClick={() => onChange(value, direction === 'ASC' ? 'DESC' : 'ASC')}
          aria-label={t('sort.toggleDirection')}
          data-testid="sort-direction"
        />
      </Tooltip>
    </Flex>
  );
}
