import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DebouncedSearch } from '../../../../ui/DebouncedSearch';
import { CustomColumnsPicker, RecordSortControl } from '../../../custom-fields';
import { useCustomerCodeJump } from '../../../customer';
import type { CustomField } from '../../../custom-fields';
import { SegmentSelect } from '../../../segment';
import { ACCOUNT_KINDS } from '../../graphql/types';
import { COMPLETENESS_BANDS } from '../../hooks/useAccountListParams';
import type { AccountListParams, CompletenessBand } from '../../hooks/useAccountListParams';

interface AccountListToolbarProps {
  params: AccountListParams;
  onChange: (changes: Partial<AccountListParams>) => void;
  customFields: CustomField[];
  columnKeys: string[];
  onColumnsChange: (keys: string[]) => void;
}

export function AccountListToolbar({ params, onChange, customFields, columnKeys, onColumnsChange }: AccountListToolbarProps) {
  const { t } = useTranslation();
  // A typed customer code opens the record, even a merged one (the list would not find it).
  const jumpToCode = useCustomerCodeJump();
  const filtered =
    params.search !== '' ||
    params.kinds.length > 0 ||
    params.industry !== '' ||
    params.region !== '' ||
    params.completeness !== undefined ||
    params.segmentId !== undefined;

  return (
    <Flex wrap gap={8} align="center">
      <DebouncedSearch
        value={params.search}
        onSearch={(search) => {
          jumpToCode(search);
          onChange({ search });
        }}
        placeholder={t('account.list.searchPlaceholder')}
        style={{ width: 300 }}
        data-testid="accounts-search"
      />
      <Select
        mode="multiple"
        allowClear
        placeholder={t('account.filters.kinds')}
        value={params.kinds}
        onChange={(kinds) => onChange({ kinds })}
        options={ACCOUNT_KINDS.map((kind) => ({ value: kind, label: t(`account.kind.${kind}`) }))}
        maxTagCount="responsive"
        style={{ minWidth: 170 }}
        data-testid="filter-kinds"
      />
      <DebouncedSearch
        value={params.industry}
        onSearch={(industry) => onChange({ industry })}
        placeholder={t('account.filters.industry')}
        style={{ width: 170 }}
        data-testid="filter-industry"
      />
      <DebouncedSearch
        value={params.region}
        onSearch={(region) => onChange({ region })}
        placeholder={t('account.filters.region')}
        style={{ width: 170 }}
        data-testid="filter-region"
      />
      <Select
        allowClear
        placeholder={t('account.filters.completeness')}
        value={params.completeness}
        onChange={(completeness?: CompletenessBand) => onChange({ completeness })}
        options={(Object.keys(COMPLETENESS_BANDS) as CompletenessBand[]).map((band) => ({
          value: band,
          label: t(`account.filters.completenessBand.${band}`, COMPLETENESS_BANDS[band]),
        }))}
        popupMatchSelectWidth={false}
        style={{ minWidth: 150 }}
        data-testid="filter-completeness"
      />
      <SegmentSelect entityType="account" value={params.segmentId} onChange={(segmentId) => onChange({ segmentId })} />
      <RecordSortControl activeFields={customFields} value={params.orderBy} onChange={(orderBy) => onChange({ orderBy })} />
      <CustomColumnsPicker fields={customFields} value={columnKeys} onChange={onColumnsChange} />
      {filtered && (
        <Button
          type="link"
          onClick={() =>
            onChange({ search: '', kinds: [], industry: '', region: '', completeness: undefined, segmentId: undefined })
          }
          data-testid="reset-filters"
        >
          {t('account.filters.reset')}
        </Button>
      )}
    </Flex>
  );
}
