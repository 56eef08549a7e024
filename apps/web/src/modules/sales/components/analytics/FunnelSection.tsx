import { Empty, Flex, Select, Statistic, Tag, Tooltip } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { SimpleTable } from '../../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../../ui/SimpleTable';
import { useFormatters } from '../../../../ui/format';
import { useOwnerOptions } from '../../../directory';
import type { Funnel, FunnelStage } from '../../graphql/types';
import { useSalesFunnel } from '../../hooks/useAnalytics';
import { findPipeline, usePipelines, useReportingCurrency, useTeamOptions } from '../../hooks/useSalesReferences';
import { PeriodPicker } from '../PeriodPicker';
import { Chart } from './Chart';
import { startOfYear, today } from './period-label';

function useFunnelOption(funnel: Funnel | undefined): EChartsCoreOption | undefined {
  return useMemo(() => {
    if (!funnel) return undefined;
    // Open stages in order, then won: how far the cohort got.
    const data = funnel.stages
      .filter((stage) => stage.stage.kind !== 'LOST')
      .map((stage) => ({ name: stage.stage.name, value: stage.reached }));
    return {
      tooltip: { trigger: 'item', formatter: '{b}: {c}' },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          left: '10%',
          width: '80%',
          minSize: '8%',
          label: { show: true, position: 'inside', formatter: '{b}: {c}' },
          data,
        },
      ],
    };
  }, [funnel]);
}

export function FunnelSection() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { pipelines, loading: pipelinesLoading, error: pipelinesError, retry: retryPipelines } = usePipelines();
  const owners = useOwnerOptions();
  const teams = useTeamOptions();
  const { currency } = useReportingCurrency();
  const [pipelineId, setPipelineId] = useState<string>();
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({ from: startOfYear(), to: today() });
  const [ownerId, setOwnerId] = useState<string>();
  const [teamId, setTeamId] = useState<string>();
  const pipeline = findPipeline(pipelines, pipelineId);
  const input =
    pipeline && period.from && period.to
      ? { pipelineId: pipeline.id, from: period.from, to: period.to, ...(ownerId && { ownerId }), ...(teamId && { teamId }) }
      : undefined;
  const { funnel, loading, error, retry } = useSalesFunnel(input);
  const option = useFunnelOption(funnel);

  const percent = (value: number | null) => (value == null ? '—' : format.percent(value));
  const columns: SimpleColumn<FunnelStage>[] = [
    { key: 'stage', title: t('sales.funnel.stage'), render: (row) => row.stage.name },
    { key: 'reached', title: t('sales.funnel.reached'), align: 'right', render: (row) => format.number(row.reached) },
    { key: 'conversion', title: t('sales.funnel.conversion'), align: 'right', render: (row) => percent(row.conversion) },
    { key: 'lostHere', title: t('sales.funnel.lostHere'), align: 'right', render: (row) => format.number(row.lostHere) },
    { key: 'dropOff', title: t('sales.funnel.dropOff'), align: 'right', render: (row) => percent(row.dropOff) },
    {
      key: 'averageDays',
      title: t('sales.funnel.averageDays'),
      align: 'right',
      render: (row) => (row.averageDays == null ? '—' : format.number(Math.round(row.averageDays * 10) / 10)),
    },
  ];

  const body = () => {
    if (pipelinesLoading || loading) return <LoadingState />;
    if (pipelinesError) return <InlineError error={pipelinesError} onRetry={retryPipelines} />;
    if (error) return <InlineError error={error} onRetry={retry} />;
    if (!pipeline) return <Empty description={t('sales.board.noPipelines')} />;
    if (!funnel || funnel.entered === 0) return <Empty description={t('sales.funnel.empty')} data-testid="funnel-empty" />;
    return (
      <Flex vertical gap={16}>
        <Flex gap={32} wrap align="center">
          <Statistic title={t('sales.funnel.entered')} value={funnel.entered} />
          <Statistic title={t('sales.funnel.won')} value={funnel.won} />
          <Statistic title={t('sales.funnel.lost')} value={funnel.lost} />
          <Statistic title={t('sales.funnel.winRate')} value={percent(funnel.winRate)} />
          <Statistic title={t('sales.funnel.wonAmount')} value={format.money(funnel.wonAmount, currency)} />
          <Tooltip title={t(`sales.scope.${funnel.scope}Hint`)}>
            <Tag color={funnel.scope === 'ALL' ? 'green' : 'orange'} data-testid="funnel-scope">
              {t(`sales.scope.${funnel.scope}`)}
            </Tag>
          </Tooltip>
        </Flex>
        {option && <Chart option={option} height={300} data-testid="funnel-chart" />}
        <SimpleTable columns={columns} rows={funnel.stages} rowKey={(row) => row.stage.id} rowTestId={(row) => `funnel-row-${row.stage.name}`} data-testid="funnel-table" />
      </Flex>
    );
  };

  return (
    <Flex vertical gap={16} data-testid="funnel-section">
      <Flex gap={8} wrap>
        <Select
          value={pipeline?.id}
          onChange={setPipelineId}
          options={pipelines.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          style={{ minWidth: 200 }}
          data-testid="funnel-pipeline"
        />
        <PeriodPicker from={period.from} to={period.to} onChange={setPeriod} allowClear={false} data-testid="funnel-period" />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={ownerId}
          onChange={(value?: string) => setOwnerId(value)}
          options={owners.options}
          placeholder={t('sales.board.owner')}
          style={{ minWidth: 180 }}
          data-testid="funnel-owner"
        />
        <Select
          allowClear
          value={teamId}
          onChange={(value?: string) => setTeamId(value)}
          options={teams.options}
          placeholder={t('sales.board.team')}
          style={{ minWidth: 160 }}
          data-testid="funnel-team"
        />
      </Flex>
      {body()}
    </Flex>
  );
}
