import { Button, Empty, Flex, Form, Input, Switch, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { SimpleTable } from '../../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../../ui/SimpleTable';
import type { PriceList } from '../../graphql/types';
import { usePriceLists, useSavePriceList } from '../../hooks/useCatalog';
import { useSaveAction } from './useSaveAction';

interface PriceListFormValues {
  name: string;
  currency: string;
  active: boolean;
}

export function PriceListsTab() {
  const { t } = useTranslation();
  const [form] = Form.useForm<PriceListFormValues>();
  const { priceLists, loading, error, retry } = usePriceLists();
  const savePriceList = useSavePriceList();
  const { run, busy } = useSaveAction();
  const [editing, setEditing] = useState<PriceList | null>(null);

  const reset = () => {
    setEditing(null);
    form.resetFields();
  };
  const columns: SimpleColumn<PriceList>[] = [
    { key: 'name', title: t('sales.priceLists.name'), render: (list) => list.name },
    { key: 'currency', title: t('sales.fields.currency'), render: (list) => list.currency },
    {
      key: 'active',
      title: t('sales.products.active'),
      render: (list) => (list.active ? <Tag color="green">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag>),
    },
    {
      key: 'edit',
      width: 80,
      render: (list) => (
        <Button
          type="link"
          onClick={() => {
            setEditing(list);
            form.setFieldsValue(list);
          }}
          data-testid={`edit-price-list-${list.name}`}
        >
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  const handleFinish = async (values: PriceListFormValues) => {
    const ok = await run(() =>
      savePriceList({
        ...(editing && { id: editing.id }),
        name: values.name.trim(),
        currency: values.currency.trim().toUpperCase(),
        active: values.active,
      }),
    );
    if (ok) reset();
  };

  const list = () => {
    if (loading) return <LoadingState />;
    if (error) return <InlineError error={error} onRetry={retry} />;
    if (priceLists.length === 0) return <Empty description={t('sales.priceLists.empty')} />;
    return <SimpleTable columns={columns} rows={priceLists} rowKey={(list) => list.id} data-testid="price-lists" />;
  };

  return (
    <Flex vertical gap={12}>
      {list()}
      <Form<PriceListFormValues> form={form} layout="inline" onFinish={handleFinish} initialValues={{ active: true }} data-testid="price-list-form">
        <Form.Item name="name" rules={[{ required: true, whitespace: true, message: t('sales.priceLists.nameRequired') }]}>
          <Input placeholder={t('sales.priceLists.name')} data-testid="price-list-name" />
        </Form.Item>
        <Form.Item name="currency" rules={[{ required: true, pattern: /^[A-Za-z]{3}$/, message: t('sales.settings.currencyCode') }]}>
          <Input placeholder="RUB" maxLength={3} style={{ width: 90 }} data-testid="price-list-currency" />
        </Form.Item>
        <Form.Item name="active" valuePropName="checked" label={t('sales.products.active')}>
          <Switch />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="save-price-list">
          {editing ? t('common.save') : t('sales.priceLists.add')}
        </Button>
        {editing && <Button onClick={reset}>{t('common.cancel')}</Button>}
      </Form>
    </Flex>
  );
}
