import { Flex } from 'antd';
import { useState } from 'react';
import { useCustomColumns, useCustomFields } from '../../custom-fields';
import { ContactGroupsPanel } from '../components/groups/ContactGroupsPanel';
import { ContactListBody } from '../components/list/ContactListBody';
import { ContactListHeader } from '../components/list/ContactListHeader';
import { ContactListToolbar } from '../components/list/ContactListToolbar';
import { useContactListParams } from '../hooks/useContactListParams';

export default function ContactsListPage() {
  const { params, filter, updateParams } = useContactListParams();
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  // Without the definitions (still loading, or failed) the list simply has no custom columns.
  const { active: customFields } = useCustomFields('contact');
  const columns = useCustomColumns('contact', customFields);

  const toggleSelected = (contactId: string) =>
    setSelectedIds((current) => {
      const next = new Set(current);
      if (!next.delete(contactId)) next.add(contactId);
      return next;
    });

  return (
    <Flex gap={16} style={{ height: '100%' }}>
      <ContactGroupsPanel
        selectedGroupId={params.groupId}
        onSelect={(groupId) => updateParams({ groupId })}
        filter={filter}
        selectedContactIds={[...selectedIds]}
      />
      <Flex vertical gap={12} style={{ flex: 1, minWidth: 0 }}>
        <ContactListHeader filter={filter} />
        <ContactListToolbar
          params={params}
          onChange={updateParams}
          customFields={customFields}
          columnKeys={columns.keys}
          onColumnsChange={columns.change}
        />
        <ContactListBody
          // A new filter or sort starts a new list: back at the top, with no stale paging error.
          key={JSON.stringify([filter, params.orderBy])}
          filter={filter}
          orderBy={params.orderBy}
          selectedIds={selectedIds}
          onToggleSelected={toggleSelected}
          customColumns={columns.columns}
        />
      </Flex>
    </Flex>
  );
}
