import { SortAscendingOutlined, SortDescendingOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../../ui/format';
import { PREFERRED_CHANNELS } from '../../graphql/types';
import type { ContactOrderField } from '../../graphql/types';
import type { ContactListParams } from '../../hooks/useContactListParams';
import { useOwnerOptions } from '../../hooks/usePickerOptions';
import { ContactSearchInput } from './ContactSearchInput';

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);
const ORDER_FIELDS: ContactOrderField[] = ['NAME', 'CREATED_AT', 'UPDATED_AT'];

interface ContactListToolbarProps {
  params: ContactListParams;
  onChange: (changes: Partial<ContactListParams>) => void;
}

export function ContactListToolbar({ params, onChange }: ContactListToolbarProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const owners = useOwnerOptions();
  const { orderBy } = params;
  const filtered =
    params.search !== '' ||
    params.ownerIds.length > 0 ||
    params.tags.length > 0 ||
    params.preferredChannel !== undefined ||
    params.birthdayMonth !== undefined;

  return (
    <Flex wrap gap={8} align="center">
      <ContactSearchInput value={params.search} onSearch={(search) => onChange({ search })} />
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
      <Flex gap={4} align="center">
        <Select
          value={orderBy.field}
          onChange={(field) => onChange({ orderBy: { ...orderBy, field } })}
          options={ORDER_FIELDS.map((field) => ({ value: field, label: t(`contact.sort.${field}`) }))}
          style={{ minWidth: 150 }}
          data-testid="sort-field"
        />
        <Tooltip title={orderBy.direction === 'ASC' ? t('contact.sort.ascending') : t('contact.sort.descending')}>
          <Button
            icon={orderBy.direction === 'ASC' ? <SortAscendingOutlined /> : <SortDescendingOutlined />}
            onClick={() => onChange({ orderBy: { ...orderBy, direction: orderBy.direction === 'ASC' ? 'DESC' : 'ASC' } })}
            aria-label={t('contact.sort.toggleDirection')}
            data-testid="sort-direction"
          />
        </Tooltip>
      </Flex>
      {filtered && (
        <Button
          type="link"
          onClick={() =>
            onChange({ search: '', ownerIds: [], tags: [], preferredChannel: undefined, birthdayMonth: undefined })
          }
          data-testid="reset-filters"
        >
          {t('contact.filters.reset')}
        </Button>
      )}
    </Flex>
  );
}
