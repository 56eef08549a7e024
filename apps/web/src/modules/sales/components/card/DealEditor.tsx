import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../../ui/ErrorState';
import { LoadingState } from '../../../../ui/LoadingState';
import { isStaleVersion } from '../../../../ui/api-errors';
import { toast } from '../../../../ui/toast';
import { changedDealFields, toDealInput, toFormValues } from '../../form-model';
import type { DealFormValues } from '../../form-model';
import type { DealDetails } from '../../graphql/types';
import { useUpdateDeal } from '../../hooks/useDealMutations';
import { useReportingCurrency } from '../../hooks/useSalesReferences';
import { DealForm } from '../form/DealForm';

interface DealEditorProps {
  deal: DealDetails;
  onReload: () => void;
  onDone: () => void;
}

export function DealEditor({ deal, onReload, onDone }: DealEditorProps) {
  const { t } = useTranslation();
  const updateDeal = useUpdateDeal();
  const reporting = useReportingCurrency();

  if (reporting.loading) return <LoadingState />;
  if (reporting.error || !reporting.currency) return <ErrorState error={reporting.error} onRetry={reporting.retry} />;

  const initialValues = toFormValues(deal);
  const save = async (values: DealFormValues) => {
    const changes = changedDealFields(toDealInput(initialValues, deal.contacts), toDealInput(values, deal.contacts));
    if (Object.keys(changes).length > 0) {
      await updateDeal(deal, changes);
      toast.success(t('sales.card.saved'));
    }
    onDone();
  };

  return (
    <DealForm
      // A reloaded deal has a new version: start the form again from the fresh values.
      key={deal.version}
      initialValues={initialValues}
      reportingCurrency={reporting.currency}
      knownContacts={deal.contacts.flatMap((link) => (link.contact ? [link.contact] : []))}
      knownProducts={deal.lines.map((line) => line.product)}
      submitLabel={t('common.save')}
      onSave={save}
      onCancel={onDone}
      renderFailure={(error) =>
        isStaleVersion(error) && (
          <Alert
            type="warning"
            showIcon
            title={t('sales.card.staleVersion')}
            action={
              <Button size="small" onClick={onReload} data-testid="reload-deal">
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
