import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingState } from '../../../ui/LoadingState';
import { DealForm } from '../components/form/DealForm';
import { newDealValues, toDealInput } from '../form-model';
import type { DealFormValues } from '../form-model';
import { useCreateDeal } from '../hooks/useDealMutations';
import { usePipelines, useReportingCurrency } from '../hooks/useSalesReferences';
import { DEALS_PATH, dealPath } from '../paths';

/** Drops what the server fills in itself when absent (owner: you; empty texts). */
function withoutEmpty<T extends object>(input: T): T {
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)),
  ) as T;
}

export default function DealCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const createDeal = useCreateDeal();
  const pipelines = usePipelines();
  const reporting = useReportingCurrency();

  const save = async (values: DealFormValues) => {
    const id = await createDeal({
      ...withoutEmpty(toDealInput(values)),
      pipelineId: values.pipelineId,
      stageId: values.stageId,
    });
    void navigate(dealPath(id), { replace: true });
  };

  const form = () => {
    if (pipelines.loading || reporting.loading) return <LoadingState />;
    if (pipelines.error) return <ErrorState error={pipelines.error} onRetry={pipelines.retry} />;
    if (reporting.error || !reporting.currency) return <ErrorState error={reporting.error} onRetry={reporting.retry} />;
    const pipeline = pipelines.pipelines[0];
    const prefill = { accountId: searchParams.get('accountId'), contactId: searchParams.get('contactId') };
    return (
      <DealForm
        initialValues={newDealValues(reporting.currency, prefill, pipeline?.id, pipeline?.stages.find((stage) => stage.kind === 'OPEN')?.id)}
        pipelines={pipelines.pipelines}
        reportingCurrency={reporting.currency}
        submitLabel={t('sales.create.submit')}
        onSave={save}
        onCancel={() => void (window.history.length > 1 ? navigate(-1) : navigate(DEALS_PATH))}
      />
    );
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('sales.create.title')}
      </Typography.Title>
      <Card>{form()}</Card>
    </Flex>
  );
}
