import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import type { Location } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { SignInForm } from '../components/SignInForm';
import { useSession } from '../hooks/useSession';
import styles from './SignInPage.module.css';

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
    <main className={styles.page}>
      <section className={styles.card}>
        <header className={styles.header}>
          <h1 className={styles.title}>{t('auth.title')}</h1>
          <LanguageSwitch />
        </header>
        <SignInForm />
      </section>
    </main>
  );
}
