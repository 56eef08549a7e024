import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Location } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { SignInForm } from '../components/SignInForm';
import { useSession } from '../hooks/useSession';

const HOME_PATH = '/';

export default function SignInPage() {
  const { t } = useTranslation();
  const { user, loading, error, retry } = useSession();
  const location = useLocation();

  if (loading) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={retry} />;
  if (user) {
    // Return to the page that sent the user here (RequireAuth puts it into the state).
    const from = (location.state as { from?: Location } | null)?.from;
    return <Navigate to={from ?? HOME_PATH} replace />;
  }

  return (
    <Flex vertical align="center" justify="center" gap={16} style={{ minHeight: '100vh', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('auth.title')}
          </Typography.Title>
          <LanguageSwitch />
        </Flex>
        <SignInForm />
      </Card>
    </Flex>
  );
}
