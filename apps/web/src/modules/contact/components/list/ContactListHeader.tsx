import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormatters } from '../../../../ui/format';
import type { ContactFilter } from '../../graphql/types';
import { useContactCount } from '../../hooks/useContactList';
import { CONTACT_IMPORT_PATH, NEW_CONTACT_PATH } from '../../paths';
import { ExportContactsButton } from '../export/ExportContactsButton';

export function ContactListHeader({ filter }: { filter: ContactFilter }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormatters();
  const { count } = useContactCount(filter);

  return (
    <Flex justify="space-between" align="center" wrap gap={8}>
      <Flex align="baseline" gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('contact.list.title')}
        </Typography.Title>
        {count !== undefined && (
          <Typography.Text type="secondary" data-testid="contacts-total">
            {t('contact.list.total', { total: format.number(count) })}
          </Typography.Text>
        )}
      </Flex>
      <Flex gap={8}>
        <Button icon={<ImportOutlined />} onClick={() => navigate(CONTACT_IMPORT_PATH)} data-testid="import-contacts">
          {t('contact.import.button')}
        </Button>
        <ExportContactsButton filter={filter} />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => navigate(NEW_CONTACT_PATH)}
          data-testid="new-contact"
        >
          {t('contact.list.newContact')}
        </Button>
      </Flex>
    </Flex>
  );
}
