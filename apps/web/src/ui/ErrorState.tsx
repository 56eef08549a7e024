import { CloseCircleOutlined, LockOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import styles from './ErrorState.module.css';
import { toApiError } from './api-errors';
import { useErrorMessage } from './useErrorMessage';

// Deliberately not antd's Result: its illustrations would weigh down the first download.
function ErrorIcon({ error }: { error: unknown }) {
  switch (toApiError(error).code) {
    case 'FORBIDDEN':
      return <LockOutlined />;
    case 'NOT_FOUND':
      return <QuestionCircleOutlined />;
    default:
      return <CloseCircleOutlined />;
  }
}

/** The error state of a whole page; see InlineError for smaller areas. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  return (
    <Flex
      vertical
      align="center"
      gap={12}
      className={styles.page}
      data-testid="error-state"
      data-error-code={toApiError(error).code}
    >
      <span className={styles.icon}>
        <ErrorIcon error={error} />
      </span>
      <h2 className={styles.title}>{t('errors.title')}</h2>
      <p className={styles.description}>{describeError(error)}</p>
      {onRetry && (
        <Button onClick={onRetry} data-testid="retry">
          {t('common.retry')}
        </Button>
      )}
    </Flex>
  );
}
