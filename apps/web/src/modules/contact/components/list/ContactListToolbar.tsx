import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DebouncedSearch } from '../../../../ui/DebouncedSearch';
import { useFormatters } from '../../../../ui/format';
import { CustomColumnsPicker, RecordSortControl } from '../../../custom-fields';
import { useCustomerCodeJump } from '../../../customer';
import type { CustomField } from '../../../custom-fields';
import { useOwnerOptions } from '../../../directory';
import { SegmentSelect } from '../../../segment';
import { PREFERRED_CHANNELS } from '../../graphql/types';
import type { ContactListParams } from '../../hooks/useContactListParams';

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

interface ContactListToolbarProps {
  params: ContactListParams;
  onChange: (changes: Partial<ContactListParams>) => void;
  customFields: CustomField[];
  columnKeys: string[];
  onColumnsChange: (keys: string[]) => void;
}

export function ContactListToolbar({ params, onChange, customFields, columnKeys, onColumnsChange }: ContactListToolbarProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const owners = useOwnerOptions();
  // A typed customer code opens the record, even a merged one (the list would not find it).
  const jumpToCode = useCustomerCodeJump();
  const filtered =
    params.search !== '' ||
    params.ownerIds.length > 0 ||
    params.tags.length > 0 ||
    params.segmentId !== undefined ||
    params.preferredChannel !== undefined ||
    params.birthdayMonth !== undefined;

  return (
    <Flex wrap gap={8} align="center">
      <DebouncedSearch
        value={params.search}
        onSearch={(search) => {
          jumpToCode(search);
          onChange({ search });
        }}
        placeholder={t('contact.list.searchPlaceholder')}
        style={{ width: 320 }}
        data-testid="contacts-search"
      />
      <Select
        mode="multiple"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('contact.filters.owner')}
        options={owners.options}
        loading={owners.loading}
        value={params.ownerIds}
        onChange={(ownerIds: string[]) => onChange({ ownerIds })}
        maxTagCount="responsive"
        style={{ minWidth: 180 }}
        data-testid="filter-owner"
      />
      <Select
        mode="tags"
        allowClear
        open={false}
        placeholder={t('contact.filters.tags')}
        value={params.tags}
        onChange={(tags: string[]) => onChange({ tags })}
        tokenSeparators={[',']}
        maxTagCount="responsive"
        style={{ minWidth: 160 }}
        data-testid="filter-tag"
      />
      <SegmentSelect entityType="contact" value={params.segmentId} onChange={(segmentId) => onChange({ segmentId })} />
      <Select
        allowClear
        placeholder={t('contact.filters.preferredChannel')}
        value={params.preferredChannel}
        onChange={(preferredChannel) => onChange({ preferredChannel })}
        options={PREFERRED_CHANNELS.map((channel) => ({ value: channel, label: t(`contact.channel.${channel}`) }))}
        style={{ minWidth: 170 }}
        data-testid="filter-channel"
      />
      <Select
        allowClear
        placeholder={t('contact.filters.birthdayMonth')}
        value={params.birthdayMonth}
        onChange={(birthdayMonth) => onChange({ birthdayMonth })}
        options={MONTHS.map((month) => ({ value: month, label: format.monthName(month) }))}
        style={{ minWidth: 150 }}
        data-testid="filter-birthday-month"
      />
      <RecordSortControl activeFields={customFields} value={params.orderBy} onChange={(orderBy) => onChange({ orderBy })} />
      <CustomColumnsPicker fields={customFields} value={columnKeys} onChange={onColumnsChange} />
      {filtered && (
        <Button
          type="link"
          onClick={() =>
            onChange({
              search: '',
              ownerIds: [],
              tags: [],
              segmentId: undefined,
              preferredChannel: undefined,
              birthdayMonth: undefined,
            })
          }
          data-testid="reset-filters"
        >
          {t('contact.filters.reset')}
        </Button>
      )}
    </Flex>
  );
}
