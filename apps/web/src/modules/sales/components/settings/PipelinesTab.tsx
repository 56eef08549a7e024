import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Empty, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { FORECAST_CATEGORIES, OPEN_FORECAST_CATEGORIES, STAGE_KINDS } from '../../graphql/types';
import type { ForecastCategory, Pipeline, StageKind } from '../../graphql/types';
import { useSavePipeline } from '../../hooks/useCatalog';
import { usePipelines } from '../../hooks/useSalesReferences';
import { useSaveAction } from './useSaveAction';

interface StageRow {
  id?: string;
  name: string;
  kind: StageKind;
  probability?: number | null;
  forecastCategory?: ForecastCategory | null;
}

interface PipelineFormValues {
  name: string;
  isDefault: boolean;
  archived: boolean;
  stages: StageRow[];
}

const NEW = '__new__';

const NEW_PIPELINE: PipelineFormValues = {
  name: '',
  isDefault: false,
  archived: false,
  stages: [
    { name: '', kind: 'OPEN', probability: 10, forecastCategory: 'PIPELINE' },
    { name: '', kind: 'WON' },
    { name: '', kind: 'LOST' },
  ],
};

function toValues(pipeline: Pipeline): PipelineFormValues {
  return {
    name: pipeline.name,
    isDefault: pipeline.isDefault,
    archived: pipeline.archived,
    // The server sends stages in their order.
    stages: pipeline.stages.map((stage) => ({
      id: stage.id,
      name: stage.name,
      kind: stage.kind,
      probability: stage.probability,
      forecastCategory: stage.forecastCategory,
    })),
  };
}

function PipelineEditor({ pipeline, onSaved }: { pipeline?: Pipeline; onSaved: (id: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PipelineFormValues>();
  const savePipeline = useSavePipeline();
  const { run, busy } = useSaveAction();
  const stages = (Form.useWatch('stages', form) as StageRow[] | undefined) ?? [];

  const handleFinish = async (values: PipelineFormValues) => {
    let savedId: string | undefined;
    const ok = await run(async () => {
      const result = await savePipeline({
        ...(pipeline && { id: pipeline.id, expectedVersion: pipeline.version }),
        name: values.name.trim(),
        isDefault: values.isDefault,
        archived: values.archived,
        stages: values.stages.map((stage) => ({
          ...(stage.id && { id: stage.id }),
          name: stage.name.trim(),
          kind: stage.kind,
          ...(stage.kind === 'OPEN' && {
            probability: stage.probability ?? null,
            forecastCategory: stage.forecastCategory ?? null,
          }),
        })),
      });
      savedId = result.data?.savePipeline.pipeline.id;
    });
    if (ok && savedId) onSaved(savedId);
  };

  return (
    <Form<PipelineFormValues> form={form} layout="vertical" initialValues={pipeline ? toValues(pipeline) : NEW_PIPELINE} onFinish={handleFinish} data-testid="pipeline-form">
      <Flex gap={16} wrap align="end">
        <Form.Item name="name" label={t('sales.pipelines.name')} rules={[{ required: true, whitespace: true }]} style={{ minWidth: 260 }}>
          <Input data-testid="pipeline-name" />
        </Form.Item>
        <Form.Item name="isDefault" valuePropName="checked">
          <Checkbox data-testid="pipeline-default">{t('sales.pipelines.isDefault')}</Checkbox>
        </Form.Item>
        <Form.Item name="archived" valuePropName="checked">
          <Checkbox data-testid="pipeline-archived">{t('sales.pipelines.archived')}</Checkbox>
        </Form.Item>
      </Flex>
      <Typography.Text type="secondary">{t('sales.pipelines.stagesHint')}</Typography.Text>
      <Form.List name="stages">
        {(rows, { add, remove, move }) => (
          <Flex vertical gap={4} style={{ marginTop: 8 }} data-testid="pipeline-stages">
            {rows.map((row, index) => {
              const open = stages[row.name]?.kind === 'OPEN';
              return (
                <Flex key={row.key} gap={8} align="start" wrap data-testid={`stage-row-${index}`}>
                  <Form.Item name={[row.name, 'name']} rules={[{ required: true, whitespace: true, message: t('sales.pipelines.stageNameRequired') }]} style={{ minWidth: 220, marginBottom: 8 }}>
                    <Input placeholder={t('sales.pipelines.stageName')} data-testid={`stage-name-${index}`} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'kind']} style={{ marginBottom: 8 }}>
                    <Select
                      options={STAGE_KINDS.map((kind) => ({ value: kind, label: t(`sales.status.${kind}`) }))}
                      style={{ width: 130 }}
                      data-testid={`stage-kind-${index}`}
                    />
                  </Form.Item>
                  <Form.Item name={[row.name, 'probability']} style={{ marginBottom: 8 }}>
                    <InputNumber min={0} max={100} precision={0} suffix="%" disabled={!open} placeholder={t('sales.fields.probability')} style={{ width: 110 }} data-testid={`stage-probability-${index}`} />
                  </Form.Item>
                  <Form.Item name={[row.name, 'forecastCategory']} style={{ marginBottom: 8 }}>
                    <Select
                      allowClear
                      disabled={!open}
                      placeholder={t('sales.fields.forecastCategory')}
                      options={FORECAST_CATEGORIES.map((category) => ({ value: category, label: t(`sales.forecast.${category}`), disabled: !OPEN_FORECAST_CATEGORIES.includes(category) }))}
                      style={{ width: 170 }}
                      data-testid={`stage-forecast-${index}`}
                    />
                  </Form.Item>
                  <Button type="text" icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={t('sales.pipelines.up')} />
                  <Button type="text" icon={<ArrowDownOutlined />} disabled={index === rows.length - 1} onClick={() => move(index, index + 1)} aria-label={t('sales.pipelines.down')} />
                  <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(row.name)} aria-label={t('common.remove')} data-testid={`stage-remove-${index}`} />
                </Flex>
              );
            })}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => {
                // A new open stage goes before the first closing stage, or last when there is none yet.
                const firstClosing = stages.findIndex((stage) => stage.kind !== 'OPEN');
                add({ name: '', kind: 'OPEN', probability: 50, forecastCategory: 'PIPELINE' }, firstClosing < 0 ? stages.length : firstClosing);
              }}
              style={{ alignSelf: 'flex-start' }}
              data-testid="add-stage"
            >
              {t('sales.pipelines.addStage')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 16 }} data-testid="save-pipeline">
        {t('common.save')}
      </Button>
    </Form>
  );
}

export function PipelinesTab() {
  const { t } = useTranslation();
  const { pipelines, loading, error, retry } = usePipelines(true);
  const [selectedId, setSelectedId] = useState<string>();
  const selected = selectedId === NEW ? undefined : (pipelines.find((pipeline) => pipeline.id === selectedId) ?? pipelines[0]);

  if (loading) return <LoadingState />;
  if (error) return <InlineError error={error} onRetry={retry} />;

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap>
        <Select
          value={selectedId === NEW ? NEW : selected?.id}
          onChange={setSelectedId}
          options={[
            ...pipelines.map((pipeline) => ({
              value: pipeline.id,
              label: `${pipeline.name}${pipeline.isDefault ? ` · ${t('sales.pipelines.isDefault')}` : ''}${pipeline.archived ? ` · ${t('sales.pipelines.archived')}` : ''}`,
            })),
          ]}
          style={{ minWidth: 260 }}
          data-testid="pipeline-select"
        />
        <Button icon={<PlusOutlined />} onClick={() => setSelectedId(NEW)} data-testid="new-pipeline">
          {t('sales.pipelines.new')}
        </Button>
      </Flex>
      {selectedId !== NEW && !selected ? (
        <Empty description={t('sales.board.noPipelines')} />
      ) : (
        // Keyed by id and version: a saved pipeline starts again from the server's stage list.
        <PipelineEditor key={selected ? `${selected.id}:${selected.version}` : NEW} pipeline={selected} onSaved={setSelectedId} />
      )}
    </Flex>
  );
}
