import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import type { ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { testId } from '../../../../ui/test-id';
import { toast } from '../../../../ui/toast';
import { useErrorMessage } from '../../../../ui/useErrorMessage';
import type { AccountDetails } from '../../graphql/types';
import { useDeleteAccount } from '../../hooks/useSaveAccount';
import { ACCOUNTS_PATH } from '../../paths';

export function DeleteAccountButton({ account }: { account: AccountDetails }) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const navigate = useNavigate();
  const { deleteAccount, deleting } = useDeleteAccount();

  const handleConfirm = async () => {
    try {
      await deleteAccount(account);
      toast.success(t('account.card.deleted', { name: account.name }));
      void navigate(ACCOUNTS_PATH);
    } catch (error) {
      toast.error(describeError(error));
    }
  };

  return (
    <Popconfirm
      title={t('account.card.deleteConfirm', { name: account.name })}
      okText={t('common.delete')}
      okButtonProps={{ danger: true, ...testId<ButtonProps>('confirm-delete-account') }}
      cancelText={t('common.cancel')}
      onConfirm={handleConfirm}
    >
      <Button danger icon={<DeleteOutlined />} loading={deleting} data-testid="delete-account">
        {t('common.delete')}
      </Button>
    </Popconfirm>
  );
}
