import { Button, Empty, Flex, Form, Input, InputNumber, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { SimpleTable } from '../../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../../ui/SimpleTable';
import type { LossReason } from '../../graphql/types';
import { useSaveLossReason } from '../../hooks/useCatalog';
import { useLossReasons } from '../../hooks/useSalesReferences';
import { useSaveAction } from './useSaveAction';

export function LossReasonsTab() {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string }>();
  const { reasons, loading, error, retry } = useLossReasons(true);
  const saveReason = useSaveLossReason();
  const { run, busy } = useSaveAction();

  const update = (reason: LossReason, changes: Partial<Pick<LossReason, 'name' | 'position' | 'archived'>>) =>
    void run(() =>
      saveReason({ id: reason.id, name: changes.name ?? reason.name, position: changes.position ?? reason.position, archived: changes.archived ?? reason.archived }),
    );

  const columns: SimpleColumn<LossReason>[] = [
    {
      key: 'name',
      title: t('sales.lossReasons.name'),
      render: (reason) => (
        <Input
          defaultValue={reason.name}
          onBlur={(event) => event.target.value.trim() && event.target.value.trim() !== reason.name && update(reason, { name: event.target.value.trim() })}
          data-testid={`loss-reason-name-${reason.name}`}
        />
      ),
    },
    {
      key: 'position',
      title: t('sales.lossReasons.position'),
      width: 110,
      render: (reason) => (
        <InputNumber
          defaultValue={reason.position}
          min={0}
          precision={0}
          onBlur={(event) => {
            const position = Number(event.target.value);
            if (Number.isFinite(position) && position !== reason.position) update(reason, { position });
          }}
        />
      ),
    },
    {
      key: 'archived',
      title: t('sales.lossReasons.active'),
      width: 100,
      render: (reason) => <Switch checked={!reason.archived} onChange={(active) => update(reason, { archived: !active })} />,
    },
  ];

  const handleFinish = async ({ name }: { name: string }) => {
    if (await run(() => saveReason({ name: name.trim(), position: reasons.length }))) form.resetFields();
  };

  const list = () => {
    if (loading) return <LoadingState />;
    if (error) return <InlineError error={error} onRetry={retry} />;
    if (reasons.length === 0) return <Empty description={t('sales.lossReasons.empty')} />;
    return <SimpleTable columns={columns} rows={reasons} rowKey={(reason) => `${reason.id}:${reason.version}`} data-testid="loss-reasons" />;
  };

  return (
    <Flex vertical gap={12}>
      {list()}
      <Form form={form} layout="inline" onFinish={handleFinish} data-testid="loss-reason-form">
        <Form.Item name="name" rules={[{ required: true, whitespace: true, message: t('sales.lossReasons.nameRequired') }]}>
          <Input placeholder={t('sales.lossReasons.name')} data-testid="new-loss-reason-name" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="add-loss-reason">
          {t('sales.lossReasons.add')}
        </Button>
      </Form>
    </Flex>
  );
}
