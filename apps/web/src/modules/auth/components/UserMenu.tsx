import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Popover } from 'antd';
import { useTranslation } from 'react-i18next';
import { toast } from '../../../ui/toast';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { useSignOut } from '../hooks/useSignOut';

export function UserMenu() {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const user = useCurrentUser();
  const { signOut, signingOut } = useSignOut();

  const handleSignOut = () => {
    signOut().catch((error: unknown) => toast.error(describeError(error)));
  };

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      content={
        <Flex vertical gap={8}>
          <span>{user.email}</span>
          <Button icon={<LogoutOutlined />} loading={signingOut} onClick={handleSignOut} data-testid="sign-out">
            {t('auth.signOut')}
          </Button>
        </Flex>
      }
    >
      <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
        <span data-testid="current-user-name">{user.name}</span>
      </Button>
    </Popover>
  );
}
