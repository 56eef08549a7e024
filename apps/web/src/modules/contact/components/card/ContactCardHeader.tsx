import { EditOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CompletenessProgress } from '../../../custom-fields';
import { MergeWithButton } from '../../../customer';
import type { ContactDetails } from '../../graphql/types';
import { DeleteContactButton } from './DeleteContactButton';

interface ContactCardHeaderProps {
  contact: ContactDetails;
  editing: boolean;
  onEdit: () => void;
}

export function ContactCardHeader({ contact, editing, onEdit }: ContactCardHeaderProps) {
  const { t } = useTranslation();
  return (
    <Flex justify="space-between" align="start" wrap gap={16}>
      <Flex gap={16} align="center">
        <CompletenessProgress percent={contact.completeness} />
        <Flex vertical gap={4}>
          {/* The customer code is what staff read out on the phone, hence large and copyable. */}
          <Typography.Title
            level={2}
            copyable={{ text: contact.code, tooltips: [t('common.copy'), t('common.copied')] }}
            style={{ margin: 0, fontFamily: 'monospace' }}
            data-testid="contact-code"
          >
            {contact.code}
          </Typography.Title>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="contact-full-name">
            {contact.fullName}
          </Typography.Title>
        </Flex>
      </Flex>
      <Flex gap={8} wrap>
        {!editing && <MergeWithButton entityType="contact" recordId={contact.id} />}
        {!editing && (
          <Button icon={<EditOutlined />} onClick={onEdit} data-testid="edit-contact">
            {t('common.edit')}
          </Button>
        )}
        <DeleteContactButton contact={contact} />
      </Flex>
    </Flex>
  );
}
