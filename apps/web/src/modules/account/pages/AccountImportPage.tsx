import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { customFieldOptions, ImportWizard } from '../../contact';
import { useCustomFields } from '../../custom-fields';
import { evictAccounts } from '../cache';
import { ACCOUNT_IMPORT_FIELDS } from '../import-fields';
import { ACCOUNTS_PATH } from '../paths';

export default function AccountImportPage() {
  const { t } = useTranslation();
  const customFields = useCustomFields('account');

  // The server suggests custom fields too, so their definitions are needed before columns are matched.
  if (customFields.loading) return <LoadingState />;
  if (customFields.error) return <ErrorState error={customFields.error} onRetry={customFields.retry} />;

  return (
    <ImportWizard
      target={{
        entityType: 'account',
        uploadUrl: '/api/account-imports',
        title: t('account.import.title'),
        fields: [
          ...ACCOUNT_IMPORT_FIELDS.map((field) => ({ value: field, label: t(`account.import.field.${field}`) })),
          ...customFieldOptions(customFields.active),
        ],
        duplicatesLabel: t('account.import.duplicates'),
        done: { path: ACCOUNTS_PATH, label: t('account.import.toAccounts') },
        evict: evictAccounts,
      }}
    />
  );
}
