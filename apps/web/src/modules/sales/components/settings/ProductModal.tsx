import { Divider, Form, Input, Modal, Select, Switch } from 'antd';
import type { ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { testId } from '../../../../ui/test-id';
import type { ProductInput, ProductWithPrices } from '../../graphql/types';
import { useProductCategories, useSaveProduct } from '../../hooks/useCatalog';
import { PricesEditor } from './PricesEditor';
import { useSaveAction } from './useSaveAction';

interface ProductModalProps {
  /** Absent to create. */
  product?: ProductWithPrices;
  onClose: () => void;
  /** After creating: the new product stays open, to add its prices. */
  onCreated: (product: ProductWithPrices) => void;
}

interface ProductFormValues {
  sku: string;
  name: string;
  unit: string;
  categoryId?: string | null;
  active: boolean;
  description?: string;
}

export function ProductModal({ product, onClose, onCreated }: ProductModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ProductFormValues>();
  const { categories } = useProductCategories();
  const saveProduct = useSaveProduct();
  const { run, busy } = useSaveAction();

  const handleFinish = async (values: ProductFormValues) => {
    const input: ProductInput = {
      sku: values.sku.trim(),
      name: values.name.trim(),
      unit: values.unit.trim(),
      categoryId: values.categoryId ?? null,
      active: values.active,
      description: values.description?.trim() || null,
    };
    let saved: ProductWithPrices | undefined;
    const ok = await run(async () => {
      saved = await saveProduct(product, input);
    });
    if (ok && saved && !product) onCreated(saved);
    else if (ok) onClose();
  };

  return (
    <Modal
      open
      title={product ? product.name : t('sales.products.new')}
      okText={t('common.save')}
      cancelText={t('common.close')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={testId<ButtonProps>('save-product')}
      width={720}
      destroyOnHidden
    >
      <Form<ProductFormValues>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={
          product
            ? { ...product, description: product.description ?? '' }
            : { sku: '', name: '', unit: 'pcs', active: true, categoryId: null, description: '' }
        }
        data-testid="product-form"
      >
        <Form.Item name="sku" label={t('sales.products.sku')} rules={[{ required: true, whitespace: true }]}>
          <Input data-testid="product-sku" />
        </Form.Item>
        <Form.Item name="name" label={t('sales.products.name')} rules={[{ required: true, whitespace: true }]}>
          <Input data-testid="product-name" />
        </Form.Item>
        <Form.Item name="categoryId" label={t('sales.products.category')}>
          <Select
            allowClear
            options={categories.map((category) => ({ value: category.id, label: category.name }))}
            data-testid="product-category"
          />
        </Form.Item>
        <Form.Item name="unit" label={t('sales.products.unit')} rules={[{ required: true, whitespace: true }]}>
          <Input placeholder={t('sales.products.unitHint')} data-testid="product-unit" />
        </Form.Item>
        <Form.Item name="active" label={t('sales.products.active')} valuePropName="checked">
          <Switch data-testid="product-active" />
        </Form.Item>
        <Form.Item name="description" label={t('sales.fields.description')}>
          <Input.TextArea autoSize={{ minRows: 2 }} data-testid="product-description" />
        </Form.Item>
      </Form>
      {product && (
        <>
          <Divider titlePlacement="start">{t('sales.prices.title')}</Divider>
          <PricesEditor productId={product.id} />
        </>
      )}
    </Modal>
  );
}
