import { useTranslation } from 'react-i18next';
import { ImportWizard } from '../../contact';
import { evictAccounts } from '../cache';
import { METRIC_IMPORT_FIELDS } from '../import-fields';
import { ACCOUNTS_PATH } from '../paths';

export default function MetricImportPage() {
  const { t } = useTranslation();
  return (
    <ImportWizard
      target={{
        entityType: 'account_metric',
        uploadUrl: '/api/account-metric-imports',
        title: t('account.import.metricsTitle'),
        hint: t('account.import.metricsHint'),
        fields: METRIC_IMPORT_FIELDS.map((field) => ({ value: field, label: t(`account.import.metricField.${field}`) })),
        done: { path: ACCOUNTS_PATH, label: t('account.import.toAccounts') },
        evict: evictAccounts,
      }}
    />
  );
}
