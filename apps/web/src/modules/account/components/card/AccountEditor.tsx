import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { isStaleVersion } from '../../../../ui/api-errors';
import { toast } from '../../../../ui/toast';
import { changedFields } from '../../../contact';
import { changedCustomValues, mustFillRule, toCustomValueInputs, useCustomFields } from '../../../custom-fields';
import { accountFieldAccess, toAccountInput, toFormValues } from '../../form-model';
import type { AccountFormValues } from '../../form-model';
import type { AccountDetails } from '../../graphql/types';
import { useUpdateAccount } from '../../hooks/useSaveAccount';
import { AccountForm } from '../form/AccountForm';

interface AccountEditorProps {
  account: AccountDetails;
  onReload: () => void;
  onDone: () => void;
}

export function AccountEditor({ account, onReload, onDone }: AccountEditorProps) {
  const { t } = useTranslation();
  const updateAccount = useUpdateAccount();
  const customFields = useCustomFields('account');
  const fieldAccess = accountFieldAccess(account);

  if (customFields.loading) return <LoadingState />;
  if (customFields.error) return <InlineError error={customFields.error} onRetry={customFields.retry} />;

  const initialValues = toFormValues(account, customFields.fields);

  const save = async (values: AccountFormValues) => {
    const loaded = toAccountInput(initialValues);
    const locked = new Set(Object.keys(loaded).filter((field) => fieldAccess(field) !== 'editable'));
    const changes = changedFields(loaded, toAccountInput(values), locked);
    const custom = changedCustomValues(
      toCustomValueInputs(customFields.active, initialValues.customFields),
      toCustomValueInputs(customFields.active, values.customFields),
    );
    if (custom.length > 0) changes.customFields = custom;
    if (Object.keys(changes).length > 0) {
      await updateAccount(account, changes);
      toast.success(t('account.card.saved'));
    }
    onDone();
  };

  return (
    <AccountForm
      // A reloaded account has a new version: start the form again from the fresh values.
      key={account.version}
      initialValues={initialValues}
      accountId={account.id}
      customFields={customFields.active}
      mustFill={mustFillRule(account.customFields)}
      fieldAccess={fieldAccess}
      submitLabel={t('common.save')}
      onSave={save}
      onCancel={onDone}
      renderFailure={(error) =>
        isStaleVersion(error) && (
          <Alert
            type="warning"
            showIcon
            title={t('account.card.staleVersion')}
            action={
              <Button size="small" onClick={onReload} data-testid="reload-account">
                {t('common.reload')}
              </Button>
            }
            data-testid="stale-version"
          />
        )
      }
    />
  );
}
