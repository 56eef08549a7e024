import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import type { ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { testId } from '../../../../ui/test-id';
import { toast } from '../../../../ui/toast';
import { useErrorMessage } from '../../../../ui/useErrorMessage';
import type { ContactDetails } from '../../graphql/types';
import { useDeleteContact } from '../../hooks/useDeleteContact';
import { CONTACTS_PATH } from '../../paths';

export function DeleteContactButton({ contact }: { contact: ContactDetails }) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const navigate = useNavigate();
  const { deleteContact, deleting } = useDeleteContact();

  const handleConfirm = async () => {
    try {
      await deleteContact(contact);
      toast.success(t('contact.card.deleted', { name: contact.fullName }));
      void navigate(CONTACTS_PATH);
    } catch (error) {
      toast.error(describeError(error));
    }
  };

  return (
    <Popconfirm
      title={t('contact.card.deleteConfirm', { name: contact.fullName })}
      okText={t('common.delete')}
      okButtonProps={{ danger: true, ...testId<ButtonProps>('confirm-delete-contact') }}
      cancelText={t('common.cancel')}
      onConfirm={handleConfirm}
    >
      <Button danger icon={<DeleteOutlined />} loading={deleting} data-testid="delete-contact">
        {t('common.delete')}
      </Button>
    </Popconfirm>
  );
}
