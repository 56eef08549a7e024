import { Flex } from 'antd';
import { useCustomColumns, useCustomFields } from '../../custom-fields';
import { AccountListBody } from '../components/list/AccountListBody';
import { AccountListHeader } from '../components/list/AccountListHeader';
import { AccountListToolbar } from '../components/list/AccountListToolbar';
import { useAccountListParams } from '../hooks/useAccountListParams';

export default function AccountsListPage() {
  const { params, filter, updateParams } = useAccountListParams();
  // Without the definitions (still loading, or failed) the list simply has no custom columns.
  const { active: customFields } = useCustomFields('account');
  const columns = useCustomColumns('account', customFields);

  return (
    <Flex vertical gap={12} style={{ height: '100%' }}>
      <AccountListHeader filter={filter} orderBy={params.orderBy} />
      <AccountListToolbar
        params={params}
        onChange={updateParams}
        customFields={customFields}
        columnKeys={columns.keys}
        onColumnsChange={columns.change}
      />
      <AccountListBody
        // A new filter or sort starts a new list: back at the top, with no stale paging error.
        key={JSON.stringify([filter, params.orderBy])}
        filter={filter}
        orderBy={params.orderBy}
        customColumns={columns.columns}
      />
    </Flex>
  );
}
