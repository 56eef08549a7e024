import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiError, FieldError } from '../../../../ui/api-errors';
import { useErrorMessage } from '../../../../ui/useErrorMessage';
import { useAccountFieldLabel } from '../useAccountFieldLabel';

interface SaveFailureAlertProps {
  error: ApiError;
  /** Field errors that have no input on the form and so are listed here. */
  unplacedFieldErrors: FieldError[];
}

export function SaveFailureAlert({ error, unplacedFieldErrors }: SaveFailureAlertProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const fieldLabel = useAccountFieldLabel();
  return (
    <Alert
      type="error"
      showIcon
      title={error.fields.length > 0 ? t('account.form.fixErrors') : describeError(error)}
      description={
        unplacedFieldErrors.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 16 }}>
            {unplacedFieldErrors.map(({ field, message }) => (
              <li key={`${field}:${message}`}>
                {fieldLabel(field)}: {message}
              </li>
            ))}
          </ul>
        )
      }
      data-testid="account-form-error"
    />
  );
}
