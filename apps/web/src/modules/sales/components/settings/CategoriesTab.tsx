import { Button, Empty, Flex, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { SimpleTable } from '../../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../../ui/SimpleTable';
import type { ProductCategory } from '../../graphql/types';
import { useProductCategories, useSaveProductCategory } from '../../hooks/useCatalog';
import { useSaveAction } from './useSaveAction';

interface CategoryFormValues {
  name: string;
  parentId?: string | null;
}

export function CategoriesTab() {
  const { t } = useTranslation();
  const [form] = Form.useForm<CategoryFormValues>();
  const { categories, loading, error, retry } = useProductCategories();
  const saveCategory = useSaveProductCategory();
  const { run, busy } = useSaveAction();
  const [editing, setEditing] = useState<ProductCategory | null>(null);

  const nameOf = (id: string | null) => categories.find((category) => category.id === id)?.name;
  const columns: SimpleColumn<ProductCategory>[] = [
    { key: 'name', title: t('sales.categories.name'), render: (category) => category.name },
    { key: 'parent', title: t('sales.categories.parent'), render: (category) => nameOf(category.parentId) },
    {
      key: 'edit',
      width: 80,
      render: (category) => (
        <Button
          type="link"
          onClick={() => {
            setEditing(category);
            form.setFieldsValue({ name: category.name, parentId: category.parentId });
          }}
          data-testid={`edit-category-${category.name}`}
        >
          {t('common.edit')}
        </Button>
      ),
    },
  ];

  const handleFinish = async (values: CategoryFormValues) => {
    const ok = await run(() =>
      saveCategory({ ...(editing && { id: editing.id }), name: values.name.trim(), parentId: values.parentId ?? null }),
    );
    if (ok) {
      setEditing(null);
      form.resetFields();
    }
  };

  const list = () => {
    if (loading) return <LoadingState />;
    if (error) return <InlineError error={error} onRetry={retry} />;
    if (categories.length === 0) return <Empty description={t('sales.categories.empty')} />;
    return <SimpleTable columns={columns} rows={categories} rowKey={(category) => category.id} data-testid="categories" />;
  };

  return (
    <Flex vertical gap={12}>
      {list()}
      <Form<CategoryFormValues> form={form} layout="inline" onFinish={handleFinish} data-testid="category-form">
        <Form.Item name="name" rules={[{ required: true, whitespace: true, message: t('sales.categories.nameRequired') }]}>
          <Input placeholder={t('sales.categories.name')} data-testid="category-name" />
        </Form.Item>
        <Form.Item name="parentId">
          <Select
            allowClear
            placeholder={t('sales.categories.parent')}
            options={categories.filter((category) => category.id !== editing?.id).map((category) => ({ value: category.id, label: category.name }))}
            style={{ minWidth: 180 }}
            data-testid="category-parent"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="save-category">
          {editing ? t('common.save') : t('sales.categories.add')}
        </Button>
        {editing && (
          <Button
            onClick={() => {
              setEditing(null);
              form.resetFields();
            }}
          >
            {t('common.cancel')}
          </Button>
        )}
      </Form>
    </Flex>
  );
}
