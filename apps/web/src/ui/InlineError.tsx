import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from './useErrorMessage';

/** The error state for tabs, popovers and panels, where a full-page ErrorState would not fit. */
export function InlineError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  return (
    <Alert
      type="error"
      showIcon
      title={describeError(error)}
      action={
        onRetry && (
          <Button size="small" onClick={onRetry} data-testid="retry">
            {t('common.retry')}
          </Button>
        )
      }
      data-testid="error-state"
    />
  );
}
