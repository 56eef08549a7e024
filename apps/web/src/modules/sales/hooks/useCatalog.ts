import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { toApiError } from '../../../ui/api-errors';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import {
  CREATE_PRODUCT,
  DELETE_EXCHANGE_RATE,
  DELETE_PRICE,
  EXCHANGE_RATES,
  PRICE_LISTS,
  PRODUCT,
  PRODUCT_CATEGORIES,
  PRODUCTS,
  SAVE_LOSS_REASON,
  SAVE_PIPELINE,
  SAVE_PRICE_LIST,
  SAVE_PRODUCT_CATEGORY,
  SET_EXCHANGE_RATE,
  SET_PRICE,
  UPDATE_PRODUCT,
} from '../graphql/catalog';
import { LOSS_REASONS, PIPELINES } from '../graphql/deals';
import type {
  LossReasonInput,
  PriceListInput,
  ProductCategoryInput,
  ProductInput,
  ProductWithPrices,
  SavePipelineInput,
  SetExchangeRateInput,
  SetPriceInput,
} from '../graphql/types';

const SEARCH_DELAY_MS = 300;
const PAGE_SIZE = 30;

/** The catalogue list: searched by name or SKU, more on demand. */
export function useProductList(search: string) {
  const debounced = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const { data, previousData, loading, error, networkStatus, fetchMore, refetch } = useQuery(PRODUCTS, {
    variables: { first: PAGE_SIZE, filter: debounced ? { search: debounced } : {} },
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const products = useMemo(() => shown?.products.edges.map((edge) => edge.node) ?? [], [shown]);
  const [loadMoreError, setLoadMoreError] = useState<unknown>();
  const endCursor = data?.products.pageInfo.endCursor;
  return {
    products,
    hasNextPage: data?.products.pageInfo.hasNextPage ?? false,
    loading: loading && !shown,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error: shown ? undefined : error,
    loadMoreError,
    loadMore: () => {
      if (!endCursor) return;
      setLoadMoreError(undefined);
      fetchMore({ variables: { after: endCursor } }).catch(setLoadMoreError);
    },
    retry: () => void refetch(),
  };
}

/** Active products matching what is typed into a picker. Not cached, so it never mixes into the catalogue list. */
export function useProductOptions(search: string) {
  const debounced = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const { data, previousData, loading } = useQuery(PRODUCTS, {
    variables: { first: 20, filter: { active: true, ...(debounced && { search: debounced }) } },
    fetchPolicy: 'no-cache',
  });
  return { products: (data ?? previousData)?.products.edges.map((edge) => edge.node) ?? [], loading };
}

export function useProduct(id: string | undefined) {
  const { data, loading, error, refetch } = useQuery(PRODUCT, { variables: { id: id ?? '' }, skip: !id });
  return { product: data?.product, loading: loading && !data, error: data ? undefined : error, retry: () => void refetch() };
}

export function useProductCategories() {
  const { data, loading, error, refetch } = useQuery(PRODUCT_CATEGORIES);
  return {
    categories: data?.productCategories ?? [],
    loading: loading && !data,
    error: data ? undefined : error,
    retry: () => void refetch(),
  };
}

export function usePriceLists() {
  const { data, loading, error, refetch } = useQuery(PRICE_LISTS);
  return { priceLists: data?.priceLists ?? [], loading: loading && !data, error: data ? undefined : error, retry: () => void refetch() };
}

export function useExchangeRates() {
  const { data, loading, error, refetch } = useQuery(EXCHANGE_RATES, { fetchPolicy: 'cache-and-network' });
  return { rates: data?.exchangeRates ?? [], loading: loading && !data, error: data ? undefined : error, retry: () => void refetch() };
}

/** Wraps a mutation so that it rejects with an ApiError. */
async function run<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw toApiError(error);
  }
}

export function useSaveProduct() {
  const [create] = useMutation(CREATE_PRODUCT, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'products' });
      cache.gc();
    },
  });
  const [update] = useMutation(UPDATE_PRODUCT);
  return (product: ProductWithPrices | undefined, input: ProductInput): Promise<ProductWithPrices> =>
    run(async () => {
      if (product) {
        const { data } = await update({ variables: { input: { ...input, id: product.id, expectedVersion: product.version } } });
        return data!.updateProduct.product;
      }
      const { data } = await create({ variables: { input } });
      return data!.createProduct.product;
    });
}

/** Adds a dated price; the product's price list is read again. */
export function useSetPrice() {
  const [mutate] = useMutation(SET_PRICE);
  const [remove] = useMutation(DELETE_PRICE);
  const refetchProduct = (productId: string) => [{ query: PRODUCT, variables: { id: productId } }];
  return {
    setPrice: (input: SetPriceInput) =>
      run(() => mutate({ variables: { input }, refetchQueries: refetchProduct(input.productId), awaitRefetchQueries: true })),
    deletePrice: (id: string, productId: string) =>
      run(() => remove({ variables: { id }, refetchQueries: refetchProduct(productId), awaitRefetchQueries: true })),
  };
}

export function useSaveProductCategory() {
  const [mutate] = useMutation(SAVE_PRODUCT_CATEGORY, { refetchQueries: [{ query: PRODUCT_CATEGORIES }] });
  return (input: ProductCategoryInput) => run(() => mutate({ variables: { input } }));
}

export function useSavePriceList() {
  const [mutate] = useMutation(SAVE_PRICE_LIST, { refetchQueries: [{ query: PRICE_LISTS }] });
  return (input: PriceListInput) => run(() => mutate({ variables: { input } }));
}

export function useExchangeRateMutations() {
  const [set] = useMutation(SET_EXCHANGE_RATE, { refetchQueries: [{ query: EXCHANGE_RATES }] });
  const [remove] = useMutation(DELETE_EXCHANGE_RATE, { refetchQueries: [{ query: EXCHANGE_RATES }] });
  return {
    setRate: (input: SetExchangeRateInput) => run(() => set({ variables: { input } })),
    deleteRate: (id: string) => run(() => remove({ variables: { id } })),
  };
}

export function useSavePipeline() {
  const [mutate] = useMutation(SAVE_PIPELINE, {
    refetchQueries: [{ query: PIPELINES, variables: { includeArchived: false } }, { query: PIPELINES, variables: { includeArchived: true } }],
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'salesBoard' });
      cache.gc();
    },
  });
  return (input: SavePipelineInput) => run(() => mutate({ variables: { input } }));
}

export function useSaveLossReason() {
  const [mutate] = useMutation(SAVE_LOSS_REASON, {
    refetchQueries: [{ query: LOSS_REASONS, variables: { includeArchived: true } }, { query: LOSS_REASONS, variables: { includeArchived: false } }],
  });
  return (input: LossReasonInput) => run(() => mutate({ variables: { input } }));
}
