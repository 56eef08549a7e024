import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Menu, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { useFormatters } from '../../../../ui/format';
import { toast } from '../../../../ui/toast';
import { useErrorMessage } from '../../../../ui/useErrorMessage';
import type { ContactFilter, ContactGroup } from '../../graphql/types';
import { useContactGroups, useDeleteContactGroup } from '../../hooks/useContactGroups';
import { CreateGroupModal } from './CreateGroupModal';

const ALL_CONTACTS_KEY = 'all';

interface ContactGroupsPanelProps {
  selectedGroupId: string | undefined;
  onSelect: (groupId: string | undefined) => void;
  filter: ContactFilter;
  selectedContactIds: string[];
}

export function ContactGroupsPanel({ selectedGroupId, onSelect, filter, selectedContactIds }: ContactGroupsPanelProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const format = useFormatters();
  const { groups, loading, error, retry } = useContactGroups();
  const deleteGroup = useDeleteContactGroup();
  const [creating, setCreating] = useState(false);

  const remove = async (group: ContactGroup) => {
    try {
      await deleteGroup(group.id);
      if (group.id === selectedGroupId) onSelect(undefined);
    } catch (failure) {
      toast.error(describeError(failure));
    }
  };

  const groupLabel = (group: ContactGroup) => (
    <Flex justify="space-between" align="center" gap={4} data-testid="group-item">
      <Typography.Text ellipsis title={group.name}>
        {group.name}
      </Typography.Text>
      <Flex align="center" gap={4}>
        <Tag>{group.kind === 'DYNAMIC' ? t('contact.groups.dynamic') : t('contact.groups.static')}</Tag>
        <Typography.Text type="secondary">{format.number(group.memberCount)}</Typography.Text>
        <Popconfirm
          title={t('contact.groups.deleteConfirm', { name: group.name })}
          okText={t('common.delete')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => remove(group)}
          onPopupClick={(event) => event.stopPropagation()}
        >
          <Button
            type="text"
            size="small"
            icon={<DeleteOutlined />}
            aria-label={t('common.delete')}
            onClick={(event) => event.stopPropagation()}
          />
        </Popconfirm>
      </Flex>
    </Flex>
  );

  const list = () => {
    if (loading) return <LoadingState />;
    if (error) return <InlineError error={error} onRetry={retry} />;
    return (
      <Menu
        mode="inline"
        selectedKeys={[selectedGroupId ?? ALL_CONTACTS_KEY]}
        onClick={({ key }) => onSelect(key === ALL_CONTACTS_KEY ? undefined : key)}
        items={[
          { key: ALL_CONTACTS_KEY, label: t('contact.groups.all') },
          ...groups.map((group) => ({ key: group.id, label: groupLabel(group) })),
        ]}
        style={{ borderInlineEnd: 'none' }}
        data-testid="contact-groups"
      />
    );
  };

  return (
    <Flex vertical gap={8} style={{ width: 260, flexShrink: 0 }}>
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{t('contact.groups.title')}</Typography.Text>
        <Button size="small" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-group">
          {t('contact.groups.saveAsGroup')}
        </Button>
      </Flex>
      {list()}
      {!loading && !error && groups.length === 0 && (
        <Typography.Text type="secondary">{t('contact.groups.empty')}</Typography.Text>
      )}
      <CreateGroupModal
        open={creating}
        filter={filter}
        selectedContactIds={selectedContactIds}
        onClose={() => setCreating(false)}
        onCreated={(group) => {
          setCreating(false);
          toast.success(t('contact.groups.created', { name: group.name }));
        }}
      />
    </Flex>
  );
}
