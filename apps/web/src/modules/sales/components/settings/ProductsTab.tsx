import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineError } from '../../../../ui/InlineError';
import { LoadingState } from '../../../../ui/LoadingState';
import { SimpleTable } from '../../../../ui/SimpleTable';
import type { SimpleColumn } from '../../../../ui/SimpleTable';
import type { ProductWithPrices } from '../../graphql/types';
import { useProductList } from '../../hooks/useCatalog';
import { ProductModal } from './ProductModal';

type Editing = { product?: ProductWithPrices } | null;

export function ProductsTab() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { products, hasNextPage, loading, loadingMore, error, loadMoreError, loadMore, retry } = useProductList(search);
  const [editing, setEditing] = useState<Editing>(null);

  const columns: SimpleColumn<ProductWithPrices>[] = [
    { key: 'sku', title: t('sales.products.sku'), render: (product) => product.sku },
    {
      key: 'name',
      title: t('sales.products.name'),
      render: (product) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => setEditing({ product })} data-testid={`product-${product.sku}`}>
          {product.name}
        </Button>
      ),
    },
    { key: 'category', title: t('sales.products.category'), render: (product) => product.category?.name },
    { key: 'unit', title: t('sales.products.unit'), render: (product) => product.unit },
    { key: 'prices', title: t('sales.prices.title'), align: 'right', render: (product) => product.prices.length },
    {
      key: 'active',
      title: t('sales.products.active'),
      render: (product) => (product.active ? <Tag color="green">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag>),
    },
  ];

  const list = () => {
    if (loading) return <LoadingState />;
    if (error) return <InlineError error={error} onRetry={retry} />;
    if (products.length === 0) return <Empty description={t('sales.products.empty')} data-testid="products-empty" />;
    return (
      <>
        <SimpleTable columns={columns} rows={products} rowKey={(product) => product.id} rowTestId={(product) => `product-row-${product.sku}`} data-testid="products" />
        {loadMoreError !== undefined && <InlineError error={loadMoreError} onRetry={loadMore} />}
        {hasNextPage && (
          <Button onClick={loadMore} loading={loadingMore} style={{ alignSelf: 'center' }} data-testid="products-more">
            {t('common.loadMore')}
          </Button>
        )}
      </>
    );
  };

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} justify="space-between" wrap>
        <Input.Search
          allowClear
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          placeholder={t('sales.products.searchPlaceholder')}
          style={{ maxWidth: 320 }}
          data-testid="products-search"
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="new-product">
          {t('sales.products.new')}
        </Button>
      </Flex>
      {list()}
      {editing && (
        <ProductModal
          key={editing.product?.id ?? 'new'}
          product={editing.product}
          onClose={() => setEditing(null)}
          onCreated={(product) => setEditing({ product })}
        />
      )}
    </Flex>
  );
}
